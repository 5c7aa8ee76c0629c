package dev.storyline.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in page, sign-up (limited per network and per address, {@link FormLimits}; with SMTP, a
 * confirmation link), address confirmation, the account page (change password, which ends the
 * account's other sessions; delete account).
 */
@Controller
class AccountController {
  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final FormLimits limits;
  private final EmailConfirmations confirmations;
  private final Clock clock;

  AccountController(
      AccountRepository accounts,
      PasswordEncoder encoder,
      FormLimits limits,
      EmailConfirmations confirmations,
      Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.limits = limits;
    this.confirmations = confirmations;
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
  Object signup(
      @RequestParam String email,
      @RequestParam String displayName,
      @RequestParam String password,
      @RequestParam String confirm,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("email", email);
    model.addAttribute("displayName", displayName);
    String problem = signupProblem(email, displayName, password, confirm);
    if (problem == null) {
      Optional<RateLimited> wait = limits.signUp(email, request.getRemoteAddr());
      if (wait.isPresent()) {
        return wait.get().page(response);
      }
      try {
        boolean confirmNeeded = confirmations.required();
        long id =
            accounts.create(
                email,
                displayName,
                encoder.encode(password),
                Role.READER,
                clock.instant(),
                !confirmNeeded);
        if (confirmNeeded) {
          confirmations.send(accounts.byId(id).orElseThrow());
          return "redirect:/login?registered&confirm";
        }
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
    return accountPage(accounts.byId(reader.accountId()).orElseThrow(), model);
  }

  private String accountPage(Account account, Model model) {
    model.addAttribute("account", account);
    model.addAttribute("unconfirmed", !confirmations.mayComment(account));
    return "account/account";
  }

  /**
   * The page a mailed confirmation link opens: a button that confirms (links may be prefetched).
   */
  @GetMapping("/confirm-email")
  String confirmForm(@RequestParam(required = false) String token, Model model) {
    model.addAttribute("token", token);
    return "account/confirm";
  }

  @PostMapping("/confirm-email")
  String confirmEmail(@RequestParam String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute(confirmations.confirm(token) ? "confirmed" : "invalid", true);
    return "account/confirm";
  }

  /** Mails the confirmation link again (limited per address, {@link FormLimits}). */
  @PostMapping("/account/confirmation")
  Object resendConfirmation(
      @AuthenticationPrincipal ReaderPrincipal reader, HttpServletResponse response) {
    Account account = accounts.byId(reader.accountId()).orElseThrow();
    if (account.emailConfirmed()) {
      return "redirect:/account";
    }
    Optional<RateLimited> wait = limits.confirmationMail(account.email());
    if (wait.isPresent()) {
      return wait.get().page(response);
    }
    confirmations.send(account);
    return "redirect:/account?sent";
  }

  /**
   * Changes the password. Every other session of the account ends (its session version moves on);
   * this one carries on with a new session id.
   */
  @PostMapping("/account/password")
  String changePassword(
      @AuthenticationPrincipal ReaderPrincipal reader,
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String confirm,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Account account = accounts.byId(reader.accountId()).orElseThrow();
    String problem =
        encoder.matches(current, account.passwordHash())
            ? Passwords.problem(password, confirm)
            : "The current password is wrong.";
    if (problem == null) {
      int version = accounts.setPassword(account.id(), encoder.encode(password));
      request.changeSessionId();
      new AccountStateFilter(accounts)
          .replace(reader.with(account.role(), version), request, response);
      return "redirect:/account?changed";
    }
    model.addAttribute("problem", problem);
    return accountPage(account, model);
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
      model.addAttribute("deleteProblem", "The password is wrong; the account was not deleted.");
      return accountPage(account, model);
    }
    accounts.delete(account.id());
    request.logout();
    return "redirect:/?deleted";
  }
}
