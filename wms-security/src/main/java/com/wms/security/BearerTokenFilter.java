package com.wms.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}. A valid token authenticates the request with its
 * role; an invalid token, or another scheme, is answered 401 at once. A request without the header
 * goes on anonymous, and the authorization rules decide (health is open, the rest answers 401).
 */
final class BearerTokenFilter extends OncePerRequestFilter {
  private static final String SCHEME = "bearer ";

  private final AuthenticationManager tokens;
  private final AuthenticationEntryPoint entryPoint;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  BearerTokenFilter(AuthenticationManager tokens, AuthenticationEntryPoint entryPoint) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
  }

  /** A presented, not yet authenticated token; its string form never shows the token. */
  static final class Bearer extends AbstractAuthenticationToken {
    private static final long serialVersionUID = 1L;
    private final transient String token;

    Bearer(String token) {
      super(null);
      this.token = token;
      setAuthenticated(false);
    }

    String token() {
      return token;
    }

    @Override
    public Object getCredentials() {
      return token;
    }

    @Override
    public Object getPrincipal() {
      return "bearer";
    }

    @Override
    public String toString() {
      return "Bearer[***]";
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      chain.doFilter(request, response);
      return;
    }
    Authentication authenticated;
    try {
      authenticated = tokens.authenticate(new Bearer(bearerToken(header)));
    } catch (AuthenticationException e) {
      contexts.clearContext();
      entryPoint.commence(request, response, e);
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(authenticated);
    contexts.setContext(context);
    chain.doFilter(request, response);
  }

  private static String bearerToken(String header) {
    if (header.length() <= SCHEME.length()
        || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      throw new BadCredentialsException("the Authorization header must be 'Bearer <token>'");
    }
    return header.substring(SCHEME.length()).strip();
  }
}
