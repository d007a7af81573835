package com.wms.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The principal of the current request, for the ledger and for messages. */
public final class ApiPrincipals {
  /** The name recorded when authentication is disabled (WMS_AUTH_DISABLED=true). */
  public static final String ANONYMOUS = "anonymous";

  private ApiPrincipals() {}

  /** The authenticated principal's name, e.g. {@code operator#1a2b3c}, else {@value #ANONYMOUS}. */
  public static String current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ApiPrincipal p) {
      return p.name();
    }
    return ANONYMOUS;
  }

  /**
   * The owner of the current request's Idempotency-Key ({@link ApiPrincipal#keyOwner()}), else
   * {@value #ANONYMOUS}: with authentication disabled every caller shares one key space.
   */
  public static String currentKeyOwner() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ApiPrincipal p) {
      return p.keyOwner();
    }
    return ANONYMOUS;
  }
}
