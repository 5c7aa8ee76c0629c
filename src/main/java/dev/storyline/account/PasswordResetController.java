package dev.storyline.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot your password?": ask for a link, then choose a new password with it. */
@Controller
class PasswordResetController {
  private final PasswordResets resets;

  PasswordResetController(PasswordResets resets) {
    this.resets = resets;
  }

  @GetMapping("/password/forgot")
  String forgotForm() {
    return "account/forgot";
  }

  @PostMapping("/password/forgot")
  String forgot(@RequestParam String email, Model model) {
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
  String reset(
      @RequestParam String token,
      @RequestParam String password,
      @RequestParam String confirm,
      Model model) {
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
