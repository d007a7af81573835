package com.wms.inventory.core;

import java.util.Map;

/** The one exception family of the inventory: a stable {@link ErrorCode} plus a human detail. */
public class InventoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient Map<String, Object> properties;

  public InventoryException(ErrorCode code, String detail) {
    this(code, detail, Map.of());
  }

  public InventoryException(ErrorCode code, String detail, Map<String, Object> properties) {
    super(detail);
    this.code = code;
    this.properties = Map.copyOf(properties);
  }

  public ErrorCode code() {
    return code;
  }

  /** Extra machine-readable facts, such as the short lines of a refused reservation. */
  public Map<String, Object> properties() {
    return properties;
  }

  public static InventoryException invalid(String detail) {
    return new InventoryException(ErrorCode.VALIDATION_FAILED, detail);
  }

  public static InventoryException invalidState(String detail) {
    return new InventoryException(ErrorCode.INVALID_STATE, detail);
  }
}
