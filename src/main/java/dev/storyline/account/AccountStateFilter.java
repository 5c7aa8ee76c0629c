package dev.storyline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a signed-in session against the account as stored now, on every request, before any rule
 * looks at its rights: a deleted or banned account, or a session older than the account's last
 * password change or reset (its session version), is signed out at once; a changed role replaces
 * the session's. Nothing is enumerated in memory, so this holds however sessions are stored and
 * however many processes serve them. One primary-key query per signed-in request.
 */
final class AccountStateFilter extends OncePerRequestFilter {
  private final AccountRepository accounts;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  AccountStateFilter(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ReaderPrincipal reader) {
      Optional<AccountRepository.State> now = accounts.state(reader.accountId());
      if (now.isEmpty()
          || now.get().banned()
          || now.get().sessionVersion() != reader.sessionVersion()) {
        HttpSession session = req.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        SecurityContextHolder.clearContext();
      } else if (now.get().role() != reader.role()) {
        replace(reader.with(now.get().role(), now.get().sessionVersion()), req, res);
      }
    }
    chain.doFilter(req, res);
  }

  /** Puts {@code reader} in this request's security context and in its session. */
  void replace(ReaderPrincipal reader, HttpServletRequest req, HttpServletResponse res) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(reader, null, reader.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, req, res);
  }
}
