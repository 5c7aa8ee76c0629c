package dev.storyline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt before the password is even checked when its account or address has too
 * many recent failures: the answer redirects to the sign-in page with a "wait" message.
 */
final class ThrottleFilter extends OncePerRequestFilter {
  private final LoginThrottle throttle;

  ThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String email = req.getParameter("username");
    if (throttle.blocked(email, req.getRemoteAddr())) {
      res.sendRedirect(req.getContextPath() + "/login?throttled");
      return;
    }
    chain.doFilter(req, res);
  }
}
