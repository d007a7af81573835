package com.wms.orchestrator.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of the operator console's orders board: orders grouped into the board's columns by
 * status and stage, filtered by order id prefix, SKU and status, and the notifications of one
 * order. Reads the order table that the workflows keep current; changes nothing.
 */
@Repository
public class OrderBoard {
  /** The board's columns, in the order the work flows. */
  public enum Column {
    RECEIVED,
    PICKING,
    PACKING,
    SHIPPING,
    ON_HOLD,
    DONE;

    /** The column's word in URLs, e.g. {@code on_hold}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The column of a wire name, or null when there is none. */
    public static Column parse(String name) {
      for (Column c : values()) {
        if (c.wireName().equals(name)) {
          return c;
        }
      }
      return null;
    }
  }

  /**
   * What narrows the board; null or blank parts do not narrow.
   *
   * @param orderIdPrefix orders whose id starts with this
   * @param sku orders with a line of this SKU
   * @param status orders in this status
   */
  public record Filter(String orderIdPrefix, String sku, String status) {
    public Filter {
      orderIdPrefix = blankToNull(orderIdPrefix);
      sku = blankToNull(sku);
      status = blankToNull(status);
    }
  }

  /** An order as the board shows it, with the time of its last change. */
  public record Card(OrderView order, Instant updatedAt) {}

  /** A notification of an order, as its timeline shows it. */
  public record Notice(String event, String message, Instant createdAt, boolean delivered) {}

  /** Which column a row belongs to: on hold, finished, or the stage it waits in. */
  private static final String COLUMN =
      "CASE WHEN status = 'on_hold' THEN 'on_hold'"
          + " WHEN status <> 'in_progress' THEN 'done'"
          + " WHEN stage IN ('received', 'reserving') THEN 'received'"
          + " WHEN stage IN ('picking', 'shortage_review') THEN 'picking'"
          + " WHEN stage = 'packing' THEN 'packing'"
          + " WHEN stage = 'shipping' THEN 'shipping'"
          + " ELSE 'done' END";

  private static final String WHERE =
      " WHERE (?::text IS NULL OR starts_with(order_id, ?))"
          + " AND (?::text IS NULL OR request->'items' @> jsonb_build_array(jsonb_build_object('sku', ?::text)))"
          + " AND (?::text IS NULL OR status = ?)";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  OrderBoard(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** How many orders each column holds under the filter (every column, zeros included). */
  public Map<Column, Long> counts(Filter f) {
    Map<Column, Long> counts = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      counts.put(c, 0L);
    }
    jdbc.sql("SELECT " + COLUMN + " AS col, count(*) FROM customer_order" + WHERE + " GROUP BY col")
        .params(filterParams(f))
        .query(
            (rs, i) -> {
              counts.put(Column.parse(rs.getString(1)), rs.getLong(2));
              return null;
            })
        .list();
    return counts;
  }

  /**
   * The most recently changed orders of every column, newest first, at most {@code limit} per
   * column: one pass over the filtered orders for all columns (every column present, empty ones
   * too).
   */
  public Map<Column, List<Card>> latest(Filter f, int limit) {
    Map<Column, List<Card>> cards = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      cards.put(c, new java.util.ArrayList<>());
    }
    jdbc.sql(
            // The window ranks ids only; the views are read for the few rows shown.
            "SELECT t.col, o.view::text, o.updated_at FROM (SELECT order_id, "
                + COLUMN
                + " AS col, row_number() OVER (PARTITION BY "
                + COLUMN
                + " ORDER BY updated_at DESC, order_id) AS n FROM customer_order"
                + WHERE
                + ") t JOIN customer_order o ON o.order_id = t.order_id WHERE t.n <= ?"
                + " ORDER BY t.col, t.n")
        .params(params(f, limit))
        .query(
            (rs, i) -> {
              cards
                  .get(Column.parse(rs.getString(1)))
                  .add(new Card(read(rs.getString(2)), rs.getTimestamp(3).toInstant()));
              return null;
            })
        .list();
    return cards;
  }

  /** A page of a column in order id order after {@code after} (keyset paging). */
  public List<Card> page(Filter f, Column column, String after, int limit) {
    return jdbc.sql(
            "SELECT view::text, updated_at FROM customer_order"
                + WHERE
                + " AND "
                + COLUMN
                + " = ? AND order_id > ? ORDER BY order_id LIMIT ?")
        .params(params(f, column.wireName(), after == null ? "" : after, limit))
        .query((rs, i) -> new Card(read(rs.getString(1)), rs.getTimestamp(2).toInstant()))
        .list();
  }

  /** The notifications of an order, oldest first. */
  public List<Notice> notices(String orderId) {
    return jdbc.sql(
            "SELECT event, message, created_at, delivered_at IS NOT NULL FROM order_notification"
                + " WHERE order_id = ? ORDER BY notification_id")
        .param(orderId)
        .query(
            (rs, i) ->
                new Notice(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getBoolean(4)))
        .list();
  }

  private static Object[] filterParams(Filter f) {
    return new Object[] {
      f.orderIdPrefix(), f.orderIdPrefix(), f.sku(), f.sku(), f.status(), f.status()
    };
  }

  private static Object[] params(Filter f, Object... more) {
    Object[] base = filterParams(f);
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private OrderView read(String view) {
    try {
      return json.readValue(view, OrderView.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
