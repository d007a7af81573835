package com.wms.inventory.api;

import java.util.List;

/** Result of recomputing every balance from the ledger and checking conservation per SKU. */
public record AuditReport(
    boolean ok, long skusChecked, long movementsChecked, List<AuditProblem> problems) {

  /** One SKU whose balances disagree with its ledger or do not conserve units. */
  public record AuditProblem(String sku, String detail) {}
}
