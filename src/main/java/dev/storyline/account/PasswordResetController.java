package dev.storyline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": ask for a link, then choose a new password with it. Both forms are
 * limited per network and (the request) per target address ({@link FormLimits}).
 */
@Controller
class PasswordResetController {
  private final PasswordResets resets;
  private final FormLimits limits;

  PasswordResetController(PasswordResets resets, FormLimits limits) {
    this.resets = resets;
    this.limits = limits;
  }

  @GetMapping("/password/forgot")
  String forgotForm() {
    return "account/forgot";
  }

  @PostMapping("/password/forgot")
  Object forgot(
      @RequestParam String email,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<RateLimited> wait = limits.resetRequest(email, request.getRemoteAddr());
    if (wait.isPresent()) {
      return wait.get().page(response);
    }
    resets.request(email);
    model.addAttribute("sent", true);
    return "account/forgot";
  }

  @GetMapping("/password/reset")
  String resetForm(@RequestParam(required = false) String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("invalid", !resets.valid(token));
    return "account/reset";
  }

  @PostMapping("/password/reset")
  Object reset(
      @RequestParam String token,
      @RequestParam String password,
      @RequestParam String confirm,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<RateLimited> wait = limits.resetSubmit(request.getRemoteAddr());
    if (wait.isPresent()) {
      return wait.get().page(response);
    }
    String problem = Passwords.problem(password, confirm);
    if (problem == null) {
      if (resets.reset(token, password)) {
        return "redirect:/login?reset";
      }
      model.addAttribute("invalid", true);
    }
    model.addAttribute("token", token);
    model.addAttribute("problem", problem);
    return "account/reset";
  }
}
