package com.wms.orchestrator.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order tables: customer_order, backorder, order_notification. A new order and every change of
 * an order's status or stage write their order events ({@link OrderEvents}) in the same
 * transaction, under the order row's lock.
 */
@Repository
public class OrderRepository {
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final OrderEvents events;
  private final TransactionTemplate transactions;

  OrderRepository(
      JdbcClient jdbc, ObjectMapper json, OrderEvents events, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.json = json;
    this.events = events;
    this.transactions = transactions;
  }

  /** The status and stage an order had before a change. */
  private record Previous(OrderStatus status, Stage stage) {}

  /** Inserts a new order and its placed event; false when the order id exists already. */
  boolean insert(OrderRequest request, OrderView view) {
    return Boolean.TRUE.equals(
        transactions.execute(
            tx -> {
              boolean created =
                  jdbc.sql(
                              "INSERT INTO customer_order (order_id, customer_id, priority, status,"
                                  + " stage, request, view) VALUES (?, ?, ?, ?, ?, ?::jsonb,"
                                  + " ?::jsonb) ON CONFLICT (order_id) DO NOTHING")
                          .params(
                              request.orderId(),
                              request.customerId(),
                              view.priority().wire(),
                              view.status().wire(),
                              view.stage().wire(),
                              write(request),
                              write(view))
                          .update()
                      == 1;
              if (created) {
                events.placed(view);
              }
              return created;
            }));
  }

  /**
   * Stores the order's view and the events of its change of status or stage; returns the status the
   * order had before, empty when the order has no row.
   */
  Optional<OrderStatus> saveView(OrderView view) {
    Optional<OrderStatus> before =
        transactions.execute(
            tx ->
                jdbc.sql("SELECT status, stage FROM customer_order WHERE order_id = ? FOR UPDATE")
                    .param(view.orderId())
                    .query(
                        (rs, i) ->
                            new Previous(
                                OrderStatus.ofWire(rs.getString(1)),
                                WireWords.of(Stage.class, rs.getString(2))))
                    .optional()
                    .map(
                        old -> {
                          jdbc.sql(
                                  "UPDATE customer_order SET status = ?, stage = ?, view = ?::jsonb,"
                                      + " updated_at = now() WHERE order_id = ?")
                              .params(
                                  view.status().wire(),
                                  view.stage().wire(),
                                  write(view),
                                  view.orderId())
                              .update();
                          events.changed(old.status(), old.stage(), view);
                          return old.status();
                        }));
    return before == null ? Optional.empty() : before;
  }

  /** How many orders have each status. */
  Map<String, Long> countByStatus() {
    return counts(jdbc.sql("SELECT status, count(*) FROM customer_order GROUP BY status"));
  }

  /**
   * How long orders in a stage (of a priority, or of any when {@code priority} is null) may stay
   * unchanged before they count as stuck.
   */
  record StuckLimit(Stage stage, String priority, Duration limit) {}

  /**
   * How many orders, per stage (its wire word), have not changed for longer than their limit. Only
   * the stages in {@code limits} count; a finished order (stage done) never does.
   */
  Map<String, Long> countStuck(List<StuckLimit> limits) {
    if (limits.isEmpty()) {
      return Map.of();
    }
    List<Object> params = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    for (StuckLimit l : limits) {
      values.append(values.length() == 0 ? "" : ", ").append("(?, ?::text, ?::bigint)");
      params.add(l.stage().wire());
      params.add(l.priority());
      params.add(l.limit().toSeconds());
    }
    return counts(
        jdbc.sql(
                "SELECT o.stage, count(*) FROM customer_order o JOIN (VALUES "
                    + values
                    + ") AS l(stage, priority, seconds) ON o.stage = l.stage"
                    + " AND (l.priority IS NULL OR l.priority = o.priority)"
                    + " WHERE o.stage <> 'done'"
                    + " AND o.updated_at < now() - make_interval(secs => l.seconds)"
                    + " GROUP BY o.stage")
            .params(params));
  }

  private static Map<String, Long> counts(JdbcClient.StatementSpec query) {
    Map<String, Long> counts = new HashMap<>();
    query
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  public Optional<OrderView> find(String orderId) {
    return jdbc.sql("SELECT view::text FROM customer_order WHERE order_id = ?")
        .param(orderId)
        .query(String.class)
        .optional()
        .map(v -> read(v, OrderView.class));
  }

  Optional<OrderRequest> request(String orderId) {
    return jdbc.sql("SELECT request::text FROM customer_order WHERE order_id = ?")
        .param(orderId)
        .query(String.class)
        .optional()
        .map(v -> read(v, OrderRequest.class));
  }

  public List<OrderView> list(OrderStatus status, String after, int limit) {
    String wire = status == null ? null : status.wire();
    return jdbc
        .sql(
            "SELECT view::text FROM customer_order WHERE (?::text IS NULL OR status = ?)"
                + " AND order_id > ? ORDER BY order_id LIMIT ?")
        .params(wire, wire, after == null ? "" : after, limit)
        .query(String.class)
        .list()
        .stream()
        .map(v -> read(v, OrderView.class))
        .toList();
  }

  /** The backorder of an order, created once; a retry gets the same id back. */
  String createBackorder(String orderId, List<OrderLine> lines) {
    jdbc.sql(
            "INSERT INTO backorder (backorder_id, order_id, lines) VALUES (?, ?, ?::jsonb)"
                + " ON CONFLICT (order_id) DO NOTHING")
        .params(UUID.randomUUID(), orderId, write(lines))
        .update();
    return jdbc.sql("SELECT backorder_id::text FROM backorder WHERE order_id = ?")
        .param(orderId)
        .query(String.class)
        .single();
  }

  /**
   * Records a notification once per order and event; returns its id and whether it was delivered.
   */
  Notification recordNotification(String orderId, String event, String message) {
    jdbc.sql(
            "INSERT INTO order_notification (order_id, event, message) VALUES (?, ?, ?)"
                + " ON CONFLICT (order_id, event) DO NOTHING")
        .params(orderId, event, message)
        .update();
    return jdbc.sql(
            "SELECT notification_id, delivered_at IS NOT NULL FROM order_notification"
                + " WHERE order_id = ? AND event = ?")
        .params(orderId, event)
        .query((rs, i) -> new Notification(rs.getLong(1), rs.getBoolean(2)))
        .single();
  }

  void delivered(long notificationId, boolean ok) {
    jdbc.sql(
            "UPDATE order_notification SET attempts = attempts + 1,"
                + " delivered_at = CASE WHEN ? THEN now() ELSE delivered_at END"
                + " WHERE notification_id = ?")
        .params(ok, notificationId)
        .update();
  }

  public List<String> notifications(String orderId) {
    return jdbc.sql(
            "SELECT event FROM order_notification WHERE order_id = ? ORDER BY notification_id")
        .param(orderId)
        .query(String.class)
        .list();
  }

  record Notification(long id, boolean delivered) {}

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String value, Class<T> type) {
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
