package com.wms.security;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who called: the role of the token and a fingerprint of it, e.g. {@code admin#1a2b3c}. This name
 * lands on every ledger row; the token itself is never recorded.
 *
 * @param name role and token fingerprint
 * @param role the role the token was configured with
 * @param holder who holds the token ({@code token=role:holder}), or null when the configuration
 *     names nobody; tokens of one holder share Idempotency-Keys and rate budget
 */
public record ApiPrincipal(String name, ApiRole role, String holder)
    implements AuthenticatedPrincipal {

  /** A principal whose token names no holder. */
  public ApiPrincipal(String name, ApiRole role) {
    this(name, role, null);
  }

  /**
   * Whose Idempotency-Keys (and rate budget) this caller's are: the holder's when the token names
   * one, so that a holder's old and new token share them during a rotation, else the token's own. A
   * key sent by another owner is another request, which runs on its own and never sees this owner's
   * responses.
   */
  public String keyOwner() {
    return holder == null ? name : "@" + holder;
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
