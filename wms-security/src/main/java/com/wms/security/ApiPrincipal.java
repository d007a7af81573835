package com.wms.security;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who called: the role of the token and a fingerprint of it, e.g. {@code admin#1a2b3c}. This name
 * lands on every ledger row; the token itself is never recorded.
 *
 * @param name role and token fingerprint
 * @param role the role the token was configured with
 */
public record ApiPrincipal(String name, ApiRole role) implements AuthenticatedPrincipal {

  /**
   * Whose Idempotency-Keys this caller's keys are: a key sent by another owner is another request,
   * which runs on its own and never sees this owner's responses.
   */
  public String keyOwner() {
    return name;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
