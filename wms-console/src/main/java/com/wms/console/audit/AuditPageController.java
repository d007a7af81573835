package com.wms.console.audit;

import com.wms.console.web.ConsoleInventory;
import com.wms.console.web.ConsoleUser;
import com.wms.inventory.api.AuditReport;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The conservation audit on demand: every balance recomputed from the ledger; the SKUs that fail
 * come first, with what is wrong. A read, so any signed-in role may run it.
 */
@Controller
class AuditPageController {
  private final ConsoleInventory inventory;

  AuditPageController(ConsoleInventory inventory) {
    this.inventory = inventory;
  }

  @GetMapping("/console/audit")
  String audit(
      @RequestParam(defaultValue = "false") boolean run,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    if (run) {
      Instant start = Instant.now();
      AuditReport report = inventory.as(ConsoleUser.current().orElseThrow()).audit();
      model.addAttribute("report", report);
      model.addAttribute("tookMillis", Duration.between(start, Instant.now()).toMillis());
      model.addAttribute("ranAt", start);
    }
    return htmx != null && run ? "console/audit :: result" : "console/audit";
  }
}
