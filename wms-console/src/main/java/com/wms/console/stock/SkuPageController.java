package com.wms.console.stock;

import com.wms.console.web.ConsoleInventory;
import com.wms.console.web.ConsoleUser;
import com.wms.console.web.Forms;
import com.wms.console.web.PageActions;
import com.wms.inventory.api.AdjustRequest;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.ReceiveRequest;
import com.wms.inventory.client.InventoryClient;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One SKU: its buckets per location as a stacked bar, open reservations and allocations with their
 * orders, the ledger newest first; receiving and cycle counts for admins.
 */
@Controller
class SkuPageController {
  static final int LEDGER_PAGE = 25;

  private final PageActions actions =
      new PageActions(
          "/console/stock/",
          (sku, response, model) -> sku(sku, null, null, model),
          "locationId",
          "quantity",
          "newQuantity",
          "reason");
  private final ConsoleInventory inventory;

  SkuPageController(ConsoleInventory inventory) {
    this.inventory = inventory;
  }

  @GetMapping("/console/stock/{sku}")
  String sku(
      @PathVariable String sku,
      @RequestParam(required = false) Long before,
      @RequestParam(required = false) String done,
      Model model) {
    InventoryClient client = inventory.as(ConsoleUser.current().orElseThrow());
    ItemView item = client.getItem(sku);
    model.addAttribute("item", item);
    model.addAttribute("bars", StockBars.of(item));
    model.addAttribute("ledger", client.getLedgerNewestFirst(sku, before, LEDGER_PAGE));
    model.addAttribute("before", before);
    model.addAttribute("done", done);
    model.addAttribute("receiveKey", Forms.newKey());
    model.addAttribute("adjustKey", Forms.newKey());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return "console/sku";
  }

  @PostMapping("/console/stock/{sku}/receive")
  String receive(
      @PathVariable String sku,
      @RequestParam Map<String, String> form,
      HttpServletResponse response,
      Model model) {
    ConsoleUser user = ConsoleUser.current().orElseThrow();
    return actions.act(
        sku, "receive", form, response, model, () -> receiveUnits(sku, form, user), "received");
  }

  @PostMapping("/console/stock/{sku}/adjust")
  String adjust(
      @PathVariable String sku,
      @RequestParam Map<String, String> form,
      HttpServletResponse response,
      Model model) {
    ConsoleUser user = ConsoleUser.current().orElseThrow();
    return actions.act(
        sku, "adjust", form, response, model, () -> countUnits(sku, form, user), "adjusted");
  }

  /** Receives the units the form names at its location. */
  private void receiveUnits(String sku, Map<String, String> form, ConsoleUser user) {
    ReceiveRequest request =
        new ReceiveRequest(
            form.getOrDefault("locationId", "").strip(),
            Forms.number("quantity", "Quantity", form.get("quantity")),
            blankToNull(form.get("referenceId")),
            user.name());
    inventory.as(user).receive(sku, request, Forms.keyOf(form.get("key")));
  }

  /** Sets the units at the form's location to the number counted there (a cycle count). */
  private void countUnits(String sku, Map<String, String> form, ConsoleUser user) {
    AdjustRequest request =
        new AdjustRequest(
            form.getOrDefault("locationId", "").strip(),
            Forms.number("newQuantity", "Counted units", form.get("newQuantity")),
            null,
            blankToNull(form.get("reason")),
            user.name());
    inventory.as(user).adjust(sku, request, Forms.keyOf(form.get("key")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
