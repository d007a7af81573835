package com.wms.inventory.service.stock;

import com.wms.inventory.core.Identifiers;

/**
 * Who asked for a mutation and under which Idempotency-Key; all three end up on every ledger row.
 *
 * @param actor the person or system named in the request, e.g. the picker; may be null
 * @param idempotencyKey the request's Idempotency-Key header; may be null
 * @param principal who authenticated the request, e.g. {@code operator#1a2b3c}, or {@value #SYSTEM}
 *     for the service's own work (expiry, reconciliation)
 */
public record Caller(String actor, String idempotencyKey, String principal) {
  /** The principal of work the service does on its own. */
  public static final String SYSTEM = "system";

  public Caller {
    actor = Identifiers.text("actor", actor, 128);
    principal = principal == null ? SYSTEM : principal;
  }

  /** A caller inside the service itself (principal {@value #SYSTEM}). */
  public static Caller of(String actor, String idempotencyKey) {
    return new Caller(actor, idempotencyKey, SYSTEM);
  }

  /** A caller of the HTTP API, authenticated as {@code principal}. */
  public static Caller of(String actor, String idempotencyKey, String principal) {
    return new Caller(actor, idempotencyKey, principal);
  }

  /** The same caller, naming another actor. */
  Caller withActor(String otherActor) {
    return new Caller(otherActor, idempotencyKey, principal);
  }

  MovementWriter.Context context(String operation, String reason) {
    return new MovementWriter.Context(operation, actor, reason, idempotencyKey, principal);
  }
}
