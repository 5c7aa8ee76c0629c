package dev.storyline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt before the password is even checked when {@link SignInLimits} says it
 * must wait: the answer is HTTP 429 with a plain message (rendered by {@link LimitsController}).
 */
final class ThrottleFilter extends OncePerRequestFilter {
  private final SignInLimits limits;

  ThrottleFilter(SignInLimits limits) {
    this.limits = limits;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    Optional<RateLimited> wait = limits.check(req.getParameter("username"), req.getRemoteAddr());
    if (wait.isPresent()) {
      req.setAttribute(RateLimited.ATTRIBUTE, wait.get());
      req.getRequestDispatcher(LimitsController.PATH).forward(req, res);
      return;
    }
    chain.doFilter(req, res);
  }
}
