package com.wms.console.web;

import com.wms.inventory.client.InventoryProblemException;
import com.wms.inventory.client.InventoryUnavailableException;
import com.wms.orchestrator.order.OrderApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page has (the signed-in user, the current path for the menu) and what a page
 * shows when a read fails: the API's message on a page of the console, never a stack trace.
 */
@ControllerAdvice(basePackages = "com.wms.console")
class ConsoleModel {

  @ModelAttribute
  void common(Model model, HttpServletRequest request) {
    ConsoleUser.current().ifPresent(u -> model.addAttribute("user", u));
    model.addAttribute("path", request.getRequestURI());
    model.addAttribute("nav", section(request.getRequestURI(), request.getMethod()));
  }

  /** Which menu entry a page belongs to. */
  static String section(String path, String method) {
    if (path.startsWith("/console/orders/new")
        || (path.equals("/console/orders") && "POST".equals(method))) {
      return "new";
    }
    if (path.startsWith("/console/orders")) {
      return "board";
    }
    if (path.startsWith("/console/stock") || path.startsWith("/console/find-sku")) {
      return "stock";
    }
    return path.startsWith("/console/audit") ? "audit" : "";
  }

  @ExceptionHandler({InventoryProblemException.class, OrderApiException.class})
  String refused(RuntimeException e, HttpServletResponse response, Model model) {
    Problem p = Problem.of(e);
    response.setStatus(p.status());
    model.addAttribute("problem", p);
    return "console/problem";
  }

  @ExceptionHandler(InventoryUnavailableException.class)
  String unavailable(InventoryUnavailableException e, HttpServletResponse response, Model model) {
    response.setStatus(503);
    model.addAttribute("problem", Problem.of(e));
    return "console/problem";
  }
}
