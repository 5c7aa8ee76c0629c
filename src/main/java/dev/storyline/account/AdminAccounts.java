package dev.storyline.account;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** What the {@code storyline admin} command does: create the first admin, change roles. */
@Service
public class AdminAccounts {
  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final Clock clock;

  AdminAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.clock = clock;
  }

  /**
   * Creates an admin account; throws IllegalArgumentException with a plain message when the address
   * is taken or the password too weak.
   */
  public long createAdmin(String email, String displayName, String password) {
    String problem = Passwords.problem(password, password);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    if (accounts.byEmail(email).isPresent()) {
      throw new IllegalArgumentException(
          "an account with "
              + email
              + " exists already;"
              + " use: storyline admin role --email "
              + email
              + " --role admin");
    }
    return accounts.create(
        email, displayName, encoder.encode(password), Role.ADMIN, clock.instant());
  }

  /** Sets the role of an existing account. */
  public void setRole(String email, Role role) {
    Account account =
        accounts
            .byEmail(email)
            .orElseThrow(() -> new IllegalArgumentException("no account with " + email));
    accounts.setRole(account.id(), role);
  }
}
