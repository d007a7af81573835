package com.wms.orchestrator.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link OrderActivities} on the order tables, with an optional webhook for notifications. */
public class OrderActivitiesImpl implements OrderActivities {
  private static final Logger log = LoggerFactory.getLogger(OrderActivitiesImpl.class);

  private final OrderRepository orders;
  private final String webhookUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final ObjectMapper json;
  private final OrderMetrics metrics;

  public OrderActivitiesImpl(
      OrderRepository orders, ObjectMapper json, String webhookUrl, OrderMetrics metrics) {
    this.orders = orders;
    this.json = json;
    this.metrics = metrics;
    this.webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl;
  }

  @Override
  public SaveOrderViewOutput saveOrderView(SaveOrderViewInput input) {
    OrderView view = input.view();
    Optional<OrderStatus> before = orders.saveView(view);
    // Counted once per order: a retried save finds the status already there.
    if (view.status() == OrderStatus.NEEDS_RECONCILIATION
        && before.orElse(null) != OrderStatus.NEEDS_RECONCILIATION) {
      metrics.needsReconciliation();
    }
    return new SaveOrderViewOutput(before.isPresent());
  }

  @Override
  public CreateBackorderOutput createBackorder(CreateBackorderInput input) {
    String id = orders.createBackorder(input.orderId(), input.lines());
    log.info("backorder orderId={} backorderId={} lines={}", input.orderId(), id, input.lines());
    return new CreateBackorderOutput(id);
  }

  @Override
  public NotifyOrderEventOutput notifyOrderEvent(NotifyOrderEventInput input) {
    String orderId = input.orderId();
    String event = input.event();
    String message = input.message();
    OrderRepository.Notification n = orders.recordNotification(orderId, event, message);
    if (webhookUrl == null || n.delivered()) {
      return new NotifyOrderEventOutput(n.delivered());
    }
    String body;
    try {
      body =
          json.writeValueAsString(Map.of("orderId", orderId, "event", event, "message", message));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    boolean ok = false;
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(webhookUrl))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", "notify:" + orderId + ":" + event)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      ok = r.statusCode() / 100 == 2;
      if (!ok) {
        throw new IllegalStateException("webhook answered " + r.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "webhook " + webhookUrl + " unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      orders.delivered(n.id(), ok);
    }
    return new NotifyOrderEventOutput(true);
  }
}
