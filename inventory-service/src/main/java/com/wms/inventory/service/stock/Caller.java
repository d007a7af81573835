package com.wms.inventory.service.stock;

import com.wms.inventory.core.Identifiers;

/**
 * Who asked for a mutation and under which Idempotency-Key; both end up on every ledger row.
 *
 * @param actor the person or system named in the request, e.g. the picker; may be null
 * @param idempotencyKey the request's Idempotency-Key header; may be null
 */
public record Caller(String actor, String idempotencyKey) {
  public Caller {
    actor = Identifiers.text("actor", actor, 128);
  }

  public static Caller of(String actor, String idempotencyKey) {
    return new Caller(actor, idempotencyKey);
  }

  MovementWriter.Context context(String operation, String reason) {
    return new MovementWriter.Context(operation, actor, reason, idempotencyKey);
  }
}
