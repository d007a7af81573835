package com.wms.console.orders;

import com.wms.orchestrator.order.OrderBoard.Column;
import com.wms.orchestrator.order.OrderBoard.Filter;
import org.springframework.web.util.UriComponentsBuilder;

/** The board's links under its current filter, with only the parameters that are set. */
public record BoardLinks(Filter filter) {

  /** The whole board. */
  public String board() {
    return link(null, null);
  }

  /** One column as a paged list. */
  public String column(Column c) {
    return link(c, null);
  }

  /** The page of a column after an order id. */
  public String page(Column c, String after) {
    return link(c, after);
  }

  private String link(Column c, String after) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/console/orders");
    add(b, "column", c == null ? null : c.wireName());
    add(b, "orderId", filter.orderIdPrefix());
    add(b, "sku", filter.sku());
    add(b, "status", filter.status());
    add(b, "after", after);
    return b.encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) {
      b.queryParam(name, value);
    }
  }
}
