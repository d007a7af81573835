package com.wms.inventory.client;

/**
 * A call to the inventory service that did not succeed. {@link InventoryProblemException} means the
 * service refused the request and a retry would be refused again; {@link
 * InventoryUnavailableException} means the outcome is unknown or transient and a retry with the
 * same Idempotency-Key is safe.
 */
public abstract sealed class InventoryClientException extends RuntimeException
    permits InventoryProblemException, InventoryUnavailableException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String detail;

  InventoryClientException(int status, String code, String detail, Throwable cause) {
    super(code + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + detail, cause);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** The problem's stable {@code code}, e.g. {@code INSUFFICIENT_STOCK}. */
  public String code() {
    return code;
  }

  /** The problem's human-readable detail. */
  public String detail() {
    return detail;
  }
}
