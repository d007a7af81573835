package com.wms.console.orders;

import com.wms.orchestrator.order.OrderBoard;
import com.wms.orchestrator.order.OrderBoard.Column;
import com.wms.orchestrator.order.OrderBoard.Filter;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The orders board: a column per step (received, picking, packing, shipping, on hold, done) with
 * its count and latest orders, filtered by order id, SKU and status; or one column as a paged list.
 * The page polls its board part every 2 seconds (htmx), so it follows the warehouse without a
 * reload; each poll is a plain stateless GET.
 */
@Controller
class BoardController {
  static final int CARDS = 8;
  static final int PAGE = 50;

  private final OrderBoard board;

  BoardController(OrderBoard board) {
    this.board = board;
  }

  @GetMapping("/console/orders")
  String board(
      @RequestParam(required = false) String orderId,
      @RequestParam(required = false) String sku,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String column,
      @RequestParam(required = false) String after,
      @RequestHeader(name = "HX-Target", required = false) String htmxTarget,
      Model model) {
    Filter filter = new Filter(orderId, sku, status);
    Column only = Column.parse(column);
    after = after == null || after.isBlank() ? null : after;
    model.addAttribute("filter", filter);
    model.addAttribute("links", new BoardLinks(filter));
    model.addAttribute("columns", Column.values());
    model.addAttribute("counts", board.counts(filter));
    model.addAttribute("statuses", STATUSES);
    if (only != null) {
      List<OrderBoard.Card> page = board.page(filter, only, after, PAGE);
      model.addAttribute("column", only);
      model.addAttribute("page", page);
      model.addAttribute("after", after);
      model.addAttribute(
          "next", page.size() < PAGE ? null : page.get(page.size() - 1).order().orderId());
    } else {
      model.addAttribute("cards", board.latest(filter, CARDS));
    }
    return "board".equals(htmxTarget) ? "console/board :: board" : "console/board";
  }

  static final List<String> STATUSES =
      List.of(
          "in_progress",
          "on_hold",
          "shipped",
          "partially_shipped",
          "backordered",
          "cancelled",
          "rejected",
          "failed",
          "needs_reconciliation");
}
