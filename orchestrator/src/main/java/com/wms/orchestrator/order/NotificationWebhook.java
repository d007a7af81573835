package com.wms.orchestrator.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.events.EventSink;
import com.wms.events.PublishedEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The webhook of {@code WMS_WEBHOOK_URL} as a sink of the order events: each event is POSTed in
 * order, in CloudEvents' HTTP binary mode (the attributes as {@code ce-} headers, the data as the
 * JSON body, which starts with the {@code orderId}, {@code event} and {@code message} the webhook
 * always received), with {@code Idempotency-Key: notify:{orderId}:{event}}. An answer other than
 * 2xx or no answer stops the batch; it is offered again from the first event not acknowledged.
 */
public final class NotificationWebhook implements EventSink {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public NotificationWebhook(String url) {
    this.url = URI.create(url);
  }

  @Override
  public String name() {
    return "webhook:" + OrderEvents.STREAM;
  }

  @Override
  public String stream() {
    return OrderEvents.STREAM;
  }

  @Override
  public void deliver(List<PublishedEvent> events) throws IOException, InterruptedException {
    for (PublishedEvent e : events) {
      JsonNode event = JSON.readTree(e.body());
      JsonNode data = event.get("data");
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(url)
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .header(
                      "Idempotency-Key",
                      "notify:" + data.get("orderId").asText() + ":" + data.get("event").asText())
                  .header("ce-specversion", event.get("specversion").asText())
                  .header("ce-id", event.get("id").asText())
                  .header("ce-source", event.get("source").asText())
                  .header("ce-type", event.get("type").asText())
                  .header("ce-subject", event.get("subject").asText())
                  .header("ce-time", event.get("time").asText())
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(data)))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() / 100 != 2) {
        throw new IOException("webhook " + url + " answered " + r.statusCode() + " to " + e.id());
      }
    }
  }
}
