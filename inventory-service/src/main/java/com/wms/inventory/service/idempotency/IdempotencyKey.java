package com.wms.inventory.service.idempotency;

/**
 * An Idempotency-Key header and the principal that sent it. Keys are scoped to their owner: the
 * same value sent by another principal is another request, which runs on its own and never sees the
 * first owner's response.
 *
 * @param owner who sent it ({@code ApiPrincipals.currentKeyOwner()}, e.g. {@code operator#1a2b3c})
 * @param value the header as sent
 */
public record IdempotencyKey(String owner, String value) {
  /**
   * The owner of keys that existed before keys were scoped and whose request wrote no ledger row to
   * tell who sent it (migration V004): such a key replays for every principal, as every key did
   * before, until the retention purges it.
   */
  static final String UNKNOWN_OWNER = "";

  public IdempotencyKey {
    if (owner == null || owner.isEmpty()) {
      throw new IllegalArgumentException("an Idempotency-Key needs its owner");
    }
  }

  /** The key of a request from {@code owner}, or null when the request sent no header. */
  public static IdempotencyKey of(String owner, String header) {
    return header == null ? null : new IdempotencyKey(owner, header);
  }
}
