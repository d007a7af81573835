package com.wms.console.signin;

import com.wms.console.web.ConsoleUser;
import com.wms.security.ApiPrincipals;
import com.wms.security.ApiRole;
import com.wms.security.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a console request in from its session cookie: the sealed token must open and must still be
 * one of the configured tokens. A cookie that does not is cleared, and the request goes on signed
 * out (pages then send it to the sign-in page). With authentication disabled every request is an
 * anonymous admin, as on the API.
 */
final class SessionCookieFilter extends OncePerRequestFilter {
  private final SessionCookie cookies;
  private final ApiTokens tokens;
  private final boolean authDisabled;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  SessionCookieFilter(SessionCookie cookies, ApiTokens tokens, boolean authDisabled) {
    this.cookies = cookies;
    this.tokens = tokens;
    this.authDisabled = authDisabled;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<ConsoleUser.SignedIn> signedIn;
    if (authDisabled) {
      signedIn =
          Optional.of(
              new ConsoleUser.SignedIn(
                  new ConsoleUser(ApiPrincipals.ANONYMOUS, ApiRole.ADMIN, null)));
    } else {
      String value = cookieValue(request);
      signedIn =
          cookies
              .open(value)
              .flatMap(
                  token -> tokens.authenticate(token).map(p -> ConsoleUser.SignedIn.of(p, token)));
      if (value != null && signedIn.isEmpty()) {
        response.addHeader("Set-Cookie", SignInController.clearCookie(request));
      }
    }
    if (signedIn.isPresent()) {
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(signedIn.get());
      contexts.setContext(context);
    }
    chain.doFilter(request, response);
  }

  private static String cookieValue(HttpServletRequest request) {
    Cookie[] all = request.getCookies();
    if (all == null) {
      return null;
    }
    for (Cookie c : all) {
      if (SessionCookie.NAME.equals(c.getName())) {
        return c.getValue();
      }
    }
    return null;
  }
}
