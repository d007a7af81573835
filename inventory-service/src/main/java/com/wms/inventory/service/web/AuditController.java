package com.wms.inventory.service.web;

import com.wms.inventory.api.AuditReport;
import com.wms.inventory.service.audit.AuditRuns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the audit of {@code wms audit}, over HTTP. */
@RestController
class AuditController {
  private final AuditRuns audits;

  AuditController(AuditRuns audits) {
    this.audits = audits;
  }

  @GetMapping("/api/v1/audit")
  AuditReport audit() {
    return audits.run();
  }
}
