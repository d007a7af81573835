package com.wms.inventory.core;

/**
 * Stable error codes. Clients and workflows branch on these strings, so a code is never renamed
 * once released; add a new one instead.
 */
public enum ErrorCode {
  VALIDATION_FAILED(Kind.INVALID),
  UNKNOWN_SKU(Kind.NOT_FOUND),
  UNKNOWN_LOCATION(Kind.NOT_FOUND),
  UNKNOWN_RESERVATION(Kind.NOT_FOUND),
  UNKNOWN_ALLOCATION(Kind.NOT_FOUND),
  SKU_EXISTS(Kind.CONFLICT),
  INVALID_STATE(Kind.CONFLICT),
  CONCURRENT_UPDATE(Kind.CONFLICT),
  INSUFFICIENT_STOCK(Kind.REFUSED),
  OVERPICK(Kind.REFUSED),
  BELOW_RESERVED(Kind.REFUSED),
  IDEMPOTENCY_KEY_REUSED(Kind.REFUSED);

  /** The family of a code; the HTTP layer maps each family to one status. */
  public enum Kind {
    /** The request itself is malformed or out of bounds (400). */
    INVALID,
    /** Something the request names does not exist (404). */
    NOT_FOUND,
    /** The target is in a state that does not allow the operation (409). */
    CONFLICT,
    /** A well-formed request that business rules refuse, such as too little stock (422). */
    REFUSED
  }

  private final Kind kind;

  ErrorCode(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
