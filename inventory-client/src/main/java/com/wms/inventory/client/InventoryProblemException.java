package com.wms.inventory.client;

import java.util.Map;

/**
 * The service refused the request (a 4xx problem+json): unknown SKU, wrong state, insufficient
 * stock, invalid input. Retrying the same request gets the same answer.
 */
public final class InventoryProblemException extends InventoryClientException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, Object> properties;

  /**
   * @param properties the problem's extra members (e.g. {@code shortLines}), without the standard
   *     ones
   */
  public InventoryProblemException(
      int status, String code, String detail, Map<String, Object> properties) {
    super(status, code, detail, null);
    this.properties = properties == null ? Map.of() : Map.copyOf(properties);
  }

  /** Extra machine-readable members of the problem, such as the short lines of a reservation. */
  public Map<String, Object> properties() {
    return properties;
  }
}
