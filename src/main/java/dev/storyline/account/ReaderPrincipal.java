package dev.storyline.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in reader as Spring Security sees them: an account id, a name and a role. */
public final class ReaderPrincipal extends User {
  private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String displayName;
  private final Role role;
  private final int sessionVersion;

  ReaderPrincipal(Account account) {
    this(
        account.email(),
        account.passwordHash(),
        account.banned(),
        account.id(),
        account.displayName(),
        account.role(),
        account.sessionVersion());
  }

  private ReaderPrincipal(
      String email,
      String passwordHash,
      boolean banned,
      long accountId,
      String displayName,
      Role role,
      int sessionVersion) {
    super(
        email,
        passwordHash == null ? "" : passwordHash,
        true,
        true,
        true,
        !banned,
        authorities(role));
    this.accountId = accountId;
    this.displayName = displayName;
    this.role = role;
    this.sessionVersion = sessionVersion;
  }

  /** The same reader with the role and session version the account has now. */
  ReaderPrincipal with(Role newRole, int newSessionVersion) {
    return new ReaderPrincipal(
        getUsername(), "", false, accountId, displayName, newRole, newSessionVersion);
  }

  private static Collection<GrantedAuthority> authorities(Role role) {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  public long accountId() {
    return accountId;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  /** The account's session version when this session was made (see {@link Account}). */
  public int sessionVersion() {
    return sessionVersion;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderPrincipal p && p.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId);
  }
}
