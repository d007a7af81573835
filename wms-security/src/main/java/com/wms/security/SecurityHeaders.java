package com.wms.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, set before anything else runs (so refusals carry them
 * too): {@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store} (answers hold
 * stock and orders; a handler that wants caching, such as a static resource handler with a cache
 * period, sets its own), {@code Content-Security-Policy} ({@code
 * wms.security.content-security-policy}; a page that needs another policy sets its own header,
 * which replaces this one), {@code X-Frame-Options: DENY} (with the policy's {@code frame-ancestors
 * 'none'}: no page is framed), {@code Referrer-Policy: no-referrer}, and HSTS on HTTPS.
 */
final class SecurityHeaders extends OncePerRequestFilter {
  /** The default policy: this origin's scripts, styles and images only, never framed. */
  static final String DEFAULT_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final String policy;

  SecurityHeaders(String policy) {
    this.policy = policy == null || policy.isBlank() ? DEFAULT_POLICY : policy.strip();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Defaults wrapped = new Defaults(response, policy, request.isSecure());
    try {
      chain.doFilter(request, wrapped);
    } finally {
      // A response without a body commits after the filters return.
      wrapped.onResponseCommitted();
    }
  }

  /** The error page runs in a dispatch of its own, after the container may have reset headers. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  /** Sets each header on {@code response} that it does not have yet. */
  static void apply(HttpServletResponse response, String policy, boolean secure) {
    setIfAbsent(response, "X-Content-Type-Options", "nosniff");
    setIfAbsent(response, "Cache-Control", "no-store");
    setIfAbsent(response, "Content-Security-Policy", policy);
    setIfAbsent(response, "X-Frame-Options", "DENY");
    setIfAbsent(response, "Referrer-Policy", "no-referrer");
    if (secure) {
      setIfAbsent(response, "Strict-Transport-Security", "max-age=31536000");
    }
  }

  private static void setIfAbsent(HttpServletResponse response, String name, String value) {
    if (!response.containsHeader(name)) {
      response.setHeader(name, value);
    }
  }

  /** Writes the defaults once, just before the response commits. */
  private static final class Defaults extends OnCommittedResponseWrapper {
    private final String policy;
    private final boolean secure;
    private boolean written;

    Defaults(HttpServletResponse response, String policy, boolean secure) {
      super(response);
      this.policy = policy;
      this.secure = secure;
    }

    @Override
    protected void onResponseCommitted() {
      if (!written) {
        written = true;
        apply((HttpServletResponse) getResponse(), policy, secure);
      }
    }
  }
}
