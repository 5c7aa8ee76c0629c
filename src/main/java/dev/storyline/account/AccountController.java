package dev.storyline.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page, sign-up, the account page (change password, delete account). */
@Controller
class AccountController {
  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final Clock clock;

  AccountController(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.clock = clock;
  }

  @GetMapping("/login")
  String login() {
    return "account/login";
  }

  @GetMapping("/signup")
  String signupForm() {
    return "account/signup";
  }

  @PostMapping("/signup")
  String signup(
      @RequestParam String email,
      @RequestParam String displayName,
      @RequestParam String password,
      @RequestParam String confirm,
      Model model) {
    model.addAttribute("email", email);
    model.addAttribute("displayName", displayName);
    String problem = signupProblem(email, displayName, password, confirm);
    if (problem == null) {
      try {
        accounts.create(email, displayName, encoder.encode(password), Role.READER, clock.instant());
        return "redirect:/login?registered";
      } catch (DuplicateKeyException e) {
        problem = "That address cannot be used. If it is yours, sign in or reset the password.";
      }
    }
    model.addAttribute("problem", problem);
    return "account/signup";
  }

  private static String signupProblem(String email, String name, String password, String confirm) {
    String e = AccountRepository.normalise(email);
    if (e.length() > 320 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      return "Enter an e-mail address such as name@example.org.";
    }
    String n = name == null ? "" : name.strip();
    if (n.length() < 2 || n.length() > 60 || n.codePoints().anyMatch(Character::isISOControl)) {
      return "Choose a display name of 2 to 60 characters.";
    }
    return Passwords.problem(password, confirm);
  }

  @GetMapping("/account")
  String account(@AuthenticationPrincipal ReaderPrincipal reader, Model model) {
    model.addAttribute("account", accounts.byId(reader.accountId()).orElseThrow());
    return "account/account";
  }

  @PostMapping("/account/password")
  String changePassword(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String confirm,
      Model model) {
    Account account = accounts.byId(reader.accountId()).orElseThrow();
    String problem =
        encoder.matches(current, account.passwordHash())
            ? Passwords.problem(password, confirm)
            : "The current password is wrong.";
    if (problem == null) {
      accounts.setPassword(account.id(), encoder.encode(password));
      return "redirect:/account?changed";
    }
    model.addAttribute("account", account);
    model.addAttribute("problem", problem);
    return "account/account";
  }

  @PostMapping("/account/delete")
  String delete(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @RequestParam String current,
      HttpServletRequest request,
      Model model)
      throws ServletException {
    Account account = accounts.byId(reader.accountId()).orElseThrow();
    if (!encoder.matches(current, account.passwordHash())) {
      model.addAttribute("account", account);
      model.addAttribute("deleteProblem", "The password is wrong; the account was not deleted.");
      return "account/account";
    }
    accounts.delete(account.id());
    request.logout();
    return "redirect:/?deleted";
  }
}
