package com.wms.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 {@code RATE_LIMITED} with {@code Retry-After} (whole seconds, at least 1) when an
 * authenticated request exceeds its token's budget ({@link RateBudgets}). It runs right after the
 * bearer token is checked, so a refused request costs no database work. Requests without a token
 * (health, or the 401 they get) are not counted.
 */
final class RateLimitFilter extends OncePerRequestFilter {
  private final RateBudgets budgets;

  RateLimitFilter(RateBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ApiPrincipal principal) {
      Duration wait = budgets.take(principal);
      if (!wait.isZero()) {
        long seconds = RateBudgets.retryAfterSeconds(wait);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemResponses.write(
            request,
            response,
            HttpStatus.TOO_MANY_REQUESTS,
            "RATE_LIMITED",
            "the token "
                + principal.name()
                + " sent more than its "
                + budgets.perSecond(principal)
                + " requests per second; try again in "
                + seconds
                + " s");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
