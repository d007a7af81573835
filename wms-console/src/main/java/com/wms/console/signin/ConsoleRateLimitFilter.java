package com.wms.console.signin;

import com.wms.console.web.ConsoleUser;
import com.wms.security.ApiPrincipal;
import com.wms.security.RateBudgets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every console request of a signed-in person against the budget of the token they signed in
 * with, the same budget ({@link RateBudgets}, {@code WMS_RATE_LIMIT}) the token's bearer requests
 * to the API take from: a session cookie is no way around it. Over budget the answer is 429 with
 * {@code Retry-After}: a page that says how long to wait, or an empty answer to htmx (the board
 * keeps what it shows and polls again). Requests without a sign-in are not counted, as on the API.
 */
final class ConsoleRateLimitFilter extends OncePerRequestFilter {
  static final String TOO_MANY = "/console/too-many-requests";
  static final String WAIT_SECONDS = ConsoleRateLimitFilter.class.getName() + ".wait";

  private final RateBudgets budgets;

  ConsoleRateLimitFilter(RateBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<ApiPrincipal> principal = signedInToken();
    if (principal.isPresent()) {
      Duration wait = budgets.take(principal.get());
      if (!wait.isZero()) {
        long seconds = RateBudgets.retryAfterSeconds(wait);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        if (request.getHeader("HX-Request") == null) {
          request.setAttribute(WAIT_SECONDS, seconds);
          request.getRequestDispatcher(TOO_MANY).forward(request, response);
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static Optional<ApiPrincipal> signedInToken() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth instanceof ConsoleUser.SignedIn signedIn
        ? signedIn.tokenPrincipal()
        : Optional.empty();
  }
}
