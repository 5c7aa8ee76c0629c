package dev.storyline.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in reader as Spring Security sees them: an account id, a name and a role. */
public final class ReaderPrincipal extends User {
  private final long accountId;
  private final String displayName;
  private final Role role;

  ReaderPrincipal(Account account) {
    super(
        account.email(),
        account.passwordHash(),
        true,
        true,
        true,
        !account.banned(),
        authorities(account.role()));
    this.accountId = account.id();
    this.displayName = account.displayName();
    this.role = account.role();
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderPrincipal p && p.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId);
  }
}
