package com.wms.orchestrator.order;

import com.wms.events.EventOutbox;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes the order events into the outbox, in the transaction of the order row's change: placed,
 * then one event per change of status or stage that {@link OrderEventTypes} names.
 */
@Component
public class OrderEvents {
  /** The stream's name, its outbox rows' stream and its relay's lock. */
  public static final String STREAM = "order";

  public static final String SOURCE = "/wms/orders";
  public static final String TOPIC = "wms.order.events";

  private final EventOutbox outbox;

  OrderEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  void placed(OrderView view) {
    append(OrderEventTypes.PLACED, null, null, view);
  }

  /** The events of a change from {@code oldStatus} in {@code oldStage} to {@code view}. */
  void changed(OrderStatus oldStatus, Stage oldStage, OrderView view) {
    for (String word : OrderEventTypes.of(oldStatus, oldStage, view.status(), view.stage())) {
      append(word, oldStatus, oldStage, view);
    }
  }

  /**
   * One event. Its data starts with {@code orderId}, {@code event} and {@code message}, the body
   * the webhook received before it became a sink of these events.
   */
  private void append(String word, OrderStatus oldStatus, Stage oldStage, OrderView view) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("orderId", view.orderId());
    data.put("event", word.replace('-', '_'));
    data.put("message", view.reason() != null ? view.reason() : word.replace('-', '_'));
    data.put("status", view.status());
    data.put("stage", view.stage());
    if (oldStatus != null) {
      data.put("previousStatus", oldStatus);
      data.put("previousStage", oldStage);
    }
    data.put("customerId", view.customerId());
    data.put("priority", view.priority());
    if (view.reason() != null) {
      data.put("reason", view.reason());
    }
    if (view.strategy() != null) {
      data.put("strategy", view.strategy());
    }
    if (view.backorderId() != null) {
      data.put("backorderId", view.backorderId());
    }
    data.put("lines", view.lines());
    outbox.append(STREAM, OrderEventTypes.PREFIX + word, view.orderId(), data);
  }
}
