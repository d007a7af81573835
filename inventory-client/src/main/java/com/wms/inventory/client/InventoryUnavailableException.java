package com.wms.inventory.client;

/**
 * The service could not answer: a 5xx, 408, 429, a {@code CONCURRENT_UPDATE} conflict, a timeout, a
 * refused connection or an unreadable response. Whether the request took effect is unknown, so the
 * caller retries with the same Idempotency-Key.
 */
public final class InventoryUnavailableException extends InventoryClientException {
  private static final long serialVersionUID = 1L;

  public InventoryUnavailableException(int status, String code, String detail, Throwable cause) {
    super(status, code, detail, cause);
  }
}
