package com.wms.inventory.service.web;

import com.wms.inventory.api.AuditReport;
import com.wms.inventory.service.audit.AuditRuns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the audit of {@code wms audit}, over HTTP. */
@RestController
@Tag(name = "inventory")
class AuditController {
  private final AuditRuns audits;

  AuditController(AuditRuns audits) {
    this.audits = audits;
  }

  @Operation(
      operationId = "audit",
      summary = "Recompute every balance from the ledger and check conservation per SKU")
  @GetMapping("/api/v1/audit")
  AuditReport audit() {
    return audits.run();
  }
}
