package com.wms.console.web;

import com.wms.inventory.client.InventoryClientException;
import com.wms.orchestrator.order.OrderApiException;
import java.util.Locale;

/**
 * A refusal as a page shows it: the API's own message and code, and the form field it is about
 * (null when it is about the whole form), so the page can show it beside that field.
 *
 * @param status the HTTP status the API answered (0: no answer)
 * @param code the API's stable code, e.g. {@code INSUFFICIENT_STOCK}
 * @param detail the API's message
 * @param field the form field the message belongs to, or null
 */
public record Problem(int status, String code, String detail, String field) {

  /** The problem of a refused call, placed at the first of {@code fields} its message names. */
  public static Problem of(RuntimeException e, String... fields) {
    if (e instanceof InventoryClientException i) {
      return at(i.status(), i.code(), i.detail(), fields);
    }
    if (e instanceof OrderApiException o) {
      return at(o.status(), o.code(), o.getMessage(), fields);
    }
    throw e;
  }

  /** A problem the console found in the input before calling the API. */
  public static Problem invalid(String field, String detail) {
    return new Problem(400, "VALIDATION_FAILED", detail, field);
  }

  /** True when the problem belongs beside {@code name}. */
  public boolean isFor(String name) {
    return name.equals(field);
  }

  private static Problem at(int status, String code, String detail, String... fields) {
    String text = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
    for (String f : fields) {
      if (text.contains(f.toLowerCase(Locale.ROOT))) {
        return new Problem(status, code, detail, f);
      }
    }
    return new Problem(status, code, detail, null);
  }
}
