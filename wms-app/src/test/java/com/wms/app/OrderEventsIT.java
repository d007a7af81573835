package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.app.events.EventContract;
import com.wms.app.events.KafkaTopic;
import com.wms.inventory.service.support.Feed;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Order events on the running system: each path of {@code wms demo} publishes its status changes in
 * order, the webhook receives them as a sink of the order stream, the Kafka topics receive both
 * streams keyed by order id and SKU, and everything the system published validates against the
 * committed AsyncAPI document.
 */
class OrderEventsIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void eachOrderPathPublishesItsStatusChangesInOrderAndTheWebhookReceivesThem() {
    TestSystem system = TestSystem.get();
    DemoDriver driver = system.driver();
    driver.seed(20);
    DemoDriver.Outcome shipped = driver.shipped();
    DemoDriver.Outcome cancelled = driver.cancelledAfterStaging();
    DemoDriver.Outcome partial = driver.shortPartialShip();
    DemoDriver.Outcome backordered = driver.shortFullBackorder();
    DemoDriver.Outcome held = driver.shortHoldForReview();

    Feed feed = new Feed(system.api());
    for (DemoDriver.Outcome o : List.of(shipped, cancelled, partial, backordered, held)) {
      feed.await(e -> isFinal(e, o), WAIT);
    }

    assertThat(types(feed, shipped))
        .containsExactly(
            "wms.order.placed", "wms.order.picking", "wms.order.packed", "wms.order.shipped");
    assertThat(types(feed, cancelled))
        .containsExactly("wms.order.placed", "wms.order.picking", "wms.order.cancelled");
    assertThat(types(feed, partial))
        .containsExactly(
            "wms.order.placed",
            "wms.order.picking",
            "wms.order.packed",
            "wms.order.partially-shipped");
    assertThat(types(feed, backordered))
        .containsExactly("wms.order.placed", "wms.order.picking", "wms.order.backordered");
    assertThat(types(feed, held))
        .containsExactly(
            "wms.order.placed",
            "wms.order.picking",
            "wms.order.on-hold",
            "wms.order.packed",
            finalType(held));
    JsonNode last = feed.of(backordered.orderId()).get(2);
    assertThat(last.at("/data/backorderId").asText()).isNotEmpty();
    assertThat(last.at("/data/previousStatus").asText()).isEqualTo("in_progress");

    for (String event : List.of("placed", "picking", "packed", "shipped")) {
      String key = "notify:" + shipped.orderId() + ":" + event;
      awaitDelivery(system, key);
      assertThat(system.deliveries()).filteredOn(d -> key.equals(d.idempotencyKey())).hasSize(1);
    }
  }

  @Test
  void everyEventTheSystemPublishedValidatesAgainstTheAsyncApiDocument() {
    TestSystem system = TestSystem.get();
    DemoDriver driver = system.driver();
    driver.seed(10);
    DemoDriver.Outcome o = driver.shipped();
    Feed feed = new Feed(system.api());
    feed.await(e -> isFinal(e, o), WAIT);
    List<JsonNode> all = feed.events();

    assertThat(EventContract.load().violations(all)).isEmpty();
    assertThat(all)
        .extracting(e -> e.get("type").asText())
        .contains("wms.inventory.item-created", "wms.inventory.received", "wms.order.shipped");
  }

  @Test
  void orderAndStockEventsReachTheirKafkaTopicsKeyedBySubjectInTheFeedsOrder() throws Exception {
    TestSystem system = TestSystem.get();
    DemoDriver driver = system.driver();
    driver.seed(10);
    DemoDriver.Outcome o = driver.shipped();
    Feed feed = new Feed(system.api());
    feed.await(e -> isFinal(e, o), WAIT);
    List<JsonNode> orderEvents = feed.of(o.orderId());
    String sku =
        feed.events().stream()
            .filter(e -> o.orderId().equals(e.at("/data/orderId").asText()))
            .filter(e -> e.get("type").asText().startsWith("wms.inventory."))
            .findFirst()
            .orElseThrow()
            .get("subject")
            .asText();
    List<JsonNode> skuEvents = feed.of(sku);

    // Kafka may hold more of them by now than the feed had when it was read: it starts with those.
    assertThat(onKafka(system, "wms.order.events", o.orderId(), orderEvents))
        .startsWith(orderEvents.toArray(JsonNode[]::new));
    assertThat(onKafka(system, "wms.inventory.events", sku, skuEvents))
        .startsWith(skuEvents.toArray(JsonNode[]::new));
  }

  /**
   * The events of {@code topic} under {@code key}, in the topic's order, once every one of {@code
   * expected} is there; a repeated id (a redelivery) must repeat the first delivery exactly.
   */
  private static List<JsonNode> onKafka(
      TestSystem system, String topic, String key, List<JsonNode> expected) throws Exception {
    Set<String> ids = expected.stream().map(Feed::id).collect(Collectors.toSet());
    Map<String, JsonNode> first = new LinkedHashMap<>();
    for (KafkaTopic.Record r :
        KafkaTopic.readAll(
            system.kafkaBootstrapServers(), topic, KafkaTopic.containsAll(ids), WAIT)) {
      if (key.equals(r.key())) {
        JsonNode seen = first.putIfAbsent(r.event().get("id").asText(), r.event());
        assertThat(seen == null || seen.equals(r.event())).as("a redelivery is exact").isTrue();
      }
    }
    return List.copyOf(first.values());
  }

  private static boolean isFinal(JsonNode e, DemoDriver.Outcome o) {
    return o.orderId().equals(e.get("subject").asText())
        && e.get("type").asText().equals(finalType(o));
  }

  private static String finalType(DemoDriver.Outcome o) {
    return "wms.order." + o.status().replace('_', '-');
  }

  private static List<String> types(Feed feed, DemoDriver.Outcome o) {
    return feed.of(o.orderId()).stream()
        .map(e -> e.get("type").asText())
        .filter(t -> t.startsWith("wms.order."))
        .toList();
  }

  private static void awaitDelivery(TestSystem system, String key) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (system.deliveries().stream().anyMatch(d -> key.equals(d.idempotencyKey()))) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no webhook delivery " + key);
  }
}
