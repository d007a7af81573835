package com.wms.console.stock;

import com.wms.console.web.ConsoleInventory;
import com.wms.console.web.ConsoleUser;
import com.wms.console.web.Forms;
import com.wms.console.web.Problem;
import com.wms.inventory.api.AdjustRequest;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.ReceiveRequest;
import com.wms.inventory.client.InventoryClient;
import com.wms.inventory.client.InventoryProblemException;
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
  private static final String[] FIELDS = {"locationId", "quantity", "newQuantity", "reason"};

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
    try {
      inventory
          .as(user)
          .receive(
              sku,
              new ReceiveRequest(
                  form.getOrDefault("locationId", "").strip(),
                  Forms.number("quantity", "Quantity", form.get("quantity")),
                  blankToNull(form.get("referenceId")),
                  user.name()),
              Forms.keyOf(form.get("key")));
    } catch (Forms.InvalidInput e) {
      return refused(sku, "receive", e.problem(), form, response, model);
    } catch (InventoryProblemException e) {
      return refused(sku, "receive", Problem.of(e, FIELDS), form, response, model);
    }
    return "redirect:/console/stock/" + sku + "?done=received";
  }

  @PostMapping("/console/stock/{sku}/adjust")
  String adjust(
      @PathVariable String sku,
      @RequestParam Map<String, String> form,
      HttpServletResponse response,
      Model model) {
    ConsoleUser user = ConsoleUser.current().orElseThrow();
    try {
      inventory
          .as(user)
          .adjust(
              sku,
              new AdjustRequest(
                  form.getOrDefault("locationId", "").strip(),
                  Forms.number("newQuantity", "Counted units", form.get("newQuantity")),
                  null,
                  blankToNull(form.get("reason")),
                  user.name()),
              Forms.keyOf(form.get("key")));
    } catch (Forms.InvalidInput e) {
      return refused(sku, "adjust", e.problem(), form, response, model);
    } catch (InventoryProblemException e) {
      return refused(sku, "adjust", Problem.of(e, FIELDS), form, response, model);
    }
    return "redirect:/console/stock/" + sku + "?done=adjusted";
  }

  private String refused(
      String sku,
      String action,
      Problem problem,
      Map<String, String> form,
      HttpServletResponse response,
      Model model) {
    response.setStatus(problem.status() == 0 ? 503 : problem.status());
    model.addAttribute("problem", problem);
    model.addAttribute("failedAction", action);
    model.addAttribute("form", form);
    return sku(sku, null, null, model);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
