package com.wms.console.web;

import com.wms.inventory.client.InventoryProblemException;
import com.wms.orchestrator.order.OrderApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The actions the forms of one kind of page post (an order's, a SKU's), done one way: the call,
 * then a redirect to the page saying what was done; or, when the console refuses the input or the
 * inventory or order API refuses the call, the page again, answered with the API's status (503 when
 * it gave none), the problem beside the form that sent it and that form as it was filled in.
 */
public final class PageActions {

  /** Shows the page of {@code id} again, with what a refusal put in the model. */
  @FunctionalInterface
  public interface Page {
    String show(String id, HttpServletResponse response, Model model);
  }

  private final String path;
  private final Page page;
  private final String[] fields;

  /**
   * @param path the pages' path before the id, e.g. {@code /console/orders/}
   * @param page shows a page again after a refusal
   * @param fields the form fields a refusal's message may name, to show it beside that field
   */
  public PageActions(String path, Page page, String... fields) {
    this.path = path;
    this.page = page;
    this.fields = fields.clone();
  }

  /**
   * Runs {@code call}, the {@code action} (the form's name on the page) that {@code form} asked of
   * the page of {@code id}; redirects to that page with {@code ?done=} {@code done}, or shows it
   * again with the refusal.
   */
  public String act(
      String id,
      String action,
      Map<String, String> form,
      HttpServletResponse response,
      Model model,
      Runnable call,
      String done) {
    Problem problem;
    try {
      call.run();
      return "redirect:" + path + id + "?done=" + done;
    } catch (Forms.InvalidInput e) {
      problem = e.problem();
    } catch (OrderApiException | InventoryProblemException e) {
      problem = Problem.of(e, fields);
    }
    response.setStatus(problem.status() == 0 ? 503 : problem.status());
    model.addAttribute("problem", problem);
    model.addAttribute("failedAction", action);
    model.addAttribute("form", form);
    return page.show(id, response, model);
  }
}
