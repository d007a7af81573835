package com.wms.console.orders;

import com.wms.console.web.ConsoleInventory;
import com.wms.console.web.ConsoleUser;
import com.wms.console.web.Forms;
import com.wms.console.web.Problem;
import com.wms.inventory.client.InventoryClient;
import com.wms.inventory.client.InventoryProblemException;
import com.wms.orchestrator.order.OrderApiException;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Placing an order (operator): lines of SKU and quantity, priority, auto-pack; then the order's
 * page. Each SKU is looked up first, so an unknown one is named beside its line instead of ending
 * as a rejected order; the order API's own refusals (a quantity of 0, say) show beside the field.
 */
@Controller
class PlaceOrderController {
  static final int FIRST_LINES = 3;
  static final int MAX_LINES = 50;
  private static final String ID = "[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}";
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyMMdd-HHmmss");

  private final OrderActions orders;
  private final ConsoleInventory inventory;

  PlaceOrderController(OrderActions orders, ConsoleInventory inventory) {
    this.orders = orders;
    this.inventory = inventory;
  }

  @GetMapping("/console/orders/new")
  String form(@RequestParam(required = false) String sku, Model model) {
    Map<String, String> form = new HashMap<>();
    form.put(
        "orderId",
        "ORD-"
            + LocalDateTime.now(ZoneOffset.UTC).format(ID_TIME)
            + "-"
            + ThreadLocalRandom.current().nextInt(100, 1000));
    form.put("priority", "normal");
    if (sku != null) {
      form.put("sku_0", sku);
    }
    return page(form, FIRST_LINES, model);
  }

  /** One more empty line for the form (htmx appends it). */
  @GetMapping("/console/orders/new/line")
  String line(@RequestParam int index, Model model) {
    model.addAttribute("i", Math.max(0, Math.min(index, MAX_LINES - 1)));
    model.addAttribute("form", Map.of());
    return "console/order-line :: added";
  }

  @PostMapping("/console/orders")
  String place(@RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
    int lines = lineCount(form);
    try {
      OrderRequest request = request(form, lines);
      InventoryClient client = inventory.as(ConsoleUser.current().orElseThrow());
      for (int i = 0; i < lines; i++) {
        String sku = form.getOrDefault("sku_" + i, "").strip();
        if (!sku.isEmpty()) {
          checkSku(client, sku, i);
        }
      }
      orders.place(request);
      return "redirect:/console/orders/" + request.orderId() + "?done=placed";
    } catch (Forms.InvalidInput e) {
      return refused(e.problem(), form, lines, response, model);
    } catch (OrderApiException e) {
      return refused(
          locate(Problem.of(e, "orderId", "customerId", "priority"), form, lines),
          form,
          lines,
          response,
          model);
    }
  }

  private static OrderRequest request(Map<String, String> form, int lines) {
    List<OrderLine> items = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      String sku = form.getOrDefault("sku_" + i, "").strip();
      String quantity = form.getOrDefault("quantity_" + i, "");
      if (sku.isEmpty() && quantity.isBlank()) {
        continue;
      }
      long q = Forms.number("quantity_" + i, "Quantity", quantity);
      if (q > Integer.MAX_VALUE || q < Integer.MIN_VALUE) {
        throw new Forms.InvalidInput("quantity_" + i, "Quantity is too large.");
      }
      items.add(new OrderLine(sku, (int) q));
    }
    if (items.isEmpty()) {
      throw new Forms.InvalidInput("sku_0", "Add at least one line: a SKU and a quantity.");
    }
    return new OrderRequest(
        form.getOrDefault("orderId", "").strip(),
        form.getOrDefault("customerId", "").strip(),
        form.getOrDefault("priority", "normal"),
        items,
        "on".equals(form.get("autoPack")));
  }

  private static void checkSku(InventoryClient client, String sku, int line) {
    try {
      client.getItem(sku);
    } catch (InventoryProblemException e) {
      Problem p = Problem.of(e);
      throw new Forms.InvalidInput("sku_" + line, p.detail());
    }
  }

  /** An order API message about a line's sku or quantity goes beside the first line it fits. */
  private static Problem locate(Problem p, Map<String, String> form, int lines) {
    if (p.field() != null) {
      return p;
    }
    String detail = p.detail() == null ? "" : p.detail();
    for (int i = 0; i < lines; i++) {
      String q = form.getOrDefault("quantity_" + i, "").strip();
      if (detail.startsWith("quantity") && !q.isEmpty() && !q.matches("[1-9][0-9]{0,5}|1000000")) {
        return new Problem(p.status(), p.code(), p.detail(), "quantity_" + i);
      }
      String sku = form.getOrDefault("sku_" + i, "").strip();
      if (detail.startsWith("sku") && !sku.isEmpty() && !sku.matches(ID)) {
        return new Problem(p.status(), p.code(), p.detail(), "sku_" + i);
      }
    }
    return p;
  }

  private String refused(
      Problem problem,
      Map<String, String> form,
      int lines,
      HttpServletResponse response,
      Model model) {
    response.setStatus(problem.status() == 0 ? 503 : problem.status());
    model.addAttribute("problem", problem);
    return page(form, lines, model);
  }

  private static int lineCount(Map<String, String> form) {
    int n = FIRST_LINES;
    for (int i = 0; i < MAX_LINES; i++) {
      if (form.containsKey("sku_" + i) || form.containsKey("quantity_" + i)) {
        n = Math.max(n, i + 1);
      }
    }
    return n;
  }

  private static String page(Map<String, String> form, int lines, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("lines", lines);
    model.addAttribute("key", Forms.keyOf(form.get("key")));
    return "console/order-new";
  }
}
