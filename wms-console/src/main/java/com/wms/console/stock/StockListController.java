package com.wms.console.stock;

import com.wms.console.web.ConsoleInventory;
import com.wms.console.web.ConsoleUser;
import com.wms.console.web.Forms;
import com.wms.console.web.Problem;
import com.wms.inventory.api.CreateItemRequest;
import com.wms.inventory.api.ItemSummary;
import com.wms.inventory.client.InventoryProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The stock list: every SKU with its buckets, keyset-paged, and creating a SKU (admin). */
@Controller
class StockListController {
  static final int PAGE = 50;

  private final ConsoleInventory inventory;

  StockListController(ConsoleInventory inventory) {
    this.inventory = inventory;
  }

  @GetMapping("/console/stock")
  String list(
      @RequestParam(defaultValue = "false") boolean lowStock,
      @RequestParam(required = false) String after,
      Model model) {
    ConsoleUser user = ConsoleUser.current().orElseThrow();
    String from = after == null || after.isBlank() ? null : after.strip();
    List<ItemSummary> rows = inventory.as(user).listItems(lowStock, from, PAGE);
    model.addAttribute("rows", rows);
    model.addAttribute("lowStock", lowStock);
    model.addAttribute("after", from);
    model.addAttribute("next", rows.size() < PAGE ? null : rows.get(rows.size() - 1).sku());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of("key", Forms.newKey()));
    }
    return "console/stock";
  }

  /** The "Open SKU" box: straight to the SKU's page. */
  @GetMapping("/console/find-sku")
  String find(@RequestParam(defaultValue = "") String sku) {
    String s = sku.strip();
    return s.isEmpty()
        ? "redirect:/console/stock"
        : "redirect:/console/stock/" + URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @PostMapping("/console/stock")
  String create(@RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
    ConsoleUser user = ConsoleUser.current().orElseThrow();
    String sku = form.getOrDefault("sku", "").strip();
    try {
      inventory
          .as(user)
          .createItem(
              new CreateItemRequest(
                  sku,
                  form.getOrDefault("productName", "").strip(),
                  Forms.optionalNumber("reorderPoint", "Reorder point", form.get("reorderPoint")),
                  Forms.optionalNumber(
                      "reorderQuantity", "Reorder quantity", form.get("reorderQuantity")),
                  List.of()),
              Forms.keyOf(form.get("key")));
    } catch (Forms.InvalidInput e) {
      return refused(e.problem(), form, response, model);
    } catch (InventoryProblemException e) {
      return refused(
          Problem.of(e, "sku", "productName", "reorderPoint", "reorderQuantity"),
          form,
          response,
          model);
    }
    return "redirect:/console/stock/"
        + URLEncoder.encode(sku, StandardCharsets.UTF_8)
        + "?done=created";
  }

  private String refused(
      Problem problem, Map<String, String> form, HttpServletResponse response, Model model) {
    response.setStatus(problem.status() == 0 ? 503 : problem.status());
    model.addAttribute("createProblem", problem);
    model.addAttribute("form", form);
    model.addAttribute("createOpen", true);
    return list(false, null, model);
  }
}
