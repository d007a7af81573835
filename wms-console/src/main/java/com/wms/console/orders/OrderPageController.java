package com.wms.console.orders;

import com.wms.console.web.ConsoleInventory;
import com.wms.console.web.ConsoleUser;
import com.wms.console.web.Forms;
import com.wms.console.web.PageActions;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.OrderLedger;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.client.InventoryClient;
import com.wms.orchestrator.order.OrderBoard;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.Stage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One order: its lines, allocations, shortage outcome and timeline, and the actions its stage takes
 * (report pick, confirm packed, cancel, resolve shortage). A refused action shows the order API's
 * message beside the form that sent it. The live part polls every 2 seconds; when the order moved
 * on, the page reloads so it offers the actions of the new stage.
 */
@Controller
class OrderPageController {
  private final PageActions actions =
      new PageActions(
          "/console/orders/",
          (orderId, response, model) -> order(orderId, null, null, null, response, model),
          "pickerId",
          "locationId",
          "toteId",
          "quantity");
  private final OrderActions orders;
  private final OrderBoard board;
  private final ConsoleInventory inventory;

  OrderPageController(OrderActions orders, OrderBoard board, ConsoleInventory inventory) {
    this.orders = orders;
    this.board = board;
    this.inventory = inventory;
  }

  @GetMapping("/console/orders/{orderId}")
  String order(
      @PathVariable String orderId,
      @RequestParam(required = false) String since,
      @RequestParam(required = false) String done,
      @RequestHeader(name = "HX-Target", required = false) String htmxTarget,
      HttpServletResponse response,
      Model model) {
    OrderView view = orders.view(orderId);
    if ("live".equals(htmxTarget) && since != null && !since.equals(stateOf(view))) {
      response.setHeader("HX-Refresh", "true");
      return null;
    }
    ConsoleUser user = ConsoleUser.current().orElseThrow();
    InventoryClient client = inventory.as(user);
    OrderLedger ledger = client.getOrderLedger(orderId, 500);
    model.addAttribute("order", view);
    model.addAttribute("state", stateOf(view));
    model.addAttribute("finished", view.stage() == Stage.DONE);
    model.addAttribute("allowed", OrderActions.allowed(view));
    model.addAttribute("timeline", Timeline.of(ledger.entries(), board.notices(orderId)));
    model.addAttribute("timelineTruncated", ledger.truncated());
    model.addAttribute("done", done);
    model.addAttribute("actor", OrderActions.idOf(user));
    model.addAttribute("key", Forms.newKey());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", pickDefaults(view, client.getOrderInventory(orderId)));
    }
    // A poll gets the whole page; htmx takes the live part and the history from it.
    return "console/order";
  }

  @PostMapping("/console/orders/{orderId}/pick")
  String pick(
      @PathVariable String orderId,
      @RequestParam Map<String, String> form,
      HttpServletResponse response,
      Model model) {
    return actions.act(
        orderId,
        "pick",
        form,
        response,
        model,
        () ->
            orders.pickCompleted(
                orderId,
                Forms.keyOf(form.get("key")),
                PickReport.from(orders.view(orderId), form, form.getOrDefault("pickerId", ""))),
        "picked");
  }

  @PostMapping("/console/orders/{orderId}/packed")
  String packed(
      @PathVariable String orderId,
      @RequestParam Map<String, String> form,
      HttpServletResponse response,
      Model model) {
    return actions.act(
        orderId,
        "pack",
        form,
        response,
        model,
        () ->
            orders.packed(
                orderId, Forms.keyOf(form.get("key")), form.getOrDefault("packedBy", "").strip()),
        "packed");
  }

  @PostMapping("/console/orders/{orderId}/cancel")
  String cancel(
      @PathVariable String orderId,
      @RequestParam Map<String, String> form,
      HttpServletResponse response,
      Model model) {
    ConsoleUser user = ConsoleUser.current().orElseThrow();
    return actions.act(
        orderId,
        "cancel",
        form,
        response,
        model,
        () -> {
          String reason = form.getOrDefault("reason", "").strip();
          if (reason.isEmpty()) {
            throw new Forms.InvalidInput("reason", "Say why the order is cancelled.");
          }
          orders.cancel(orderId, Forms.keyOf(form.get("key")), reason, user);
        },
        "cancelled");
  }

  @PostMapping("/console/orders/{orderId}/resolve-shortage")
  String resolve(
      @PathVariable String orderId,
      @RequestParam Map<String, String> form,
      HttpServletResponse response,
      Model model) {
    ConsoleUser user = ConsoleUser.current().orElseThrow();
    return actions.act(
        orderId,
        "resolve",
        form,
        response,
        model,
        () ->
            orders.resolveShortage(
                orderId, Forms.keyOf(form.get("key")), form.getOrDefault("decision", ""), user),
        "resolved");
  }

  /** The pick form filled in as if every line was picked in full where it was reserved. */
  private static Map<String, String> pickDefaults(OrderView view, OrderInventoryView stock) {
    Map<String, String> form = new HashMap<>();
    for (int i = 0; i < view.lines().size(); i++) {
      OrderView.LineView line = view.lines().get(i);
      form.put("picked_" + i, String.valueOf(line.requested()));
      form.put(
          "location_" + i,
          stock.reservations().stream()
              .filter(r -> r.sku().equals(line.sku()))
              .map(ReservationView::locationId)
              .findFirst()
              .orElse(""));
      form.put("tote_" + i, "T-1");
    }
    return form;
  }

  private static String stateOf(OrderView v) {
    return v.status() + ":" + v.stage();
  }
}
