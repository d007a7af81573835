package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** With a webhook configured (the shared system always has one), order events are POSTed to it. */
class NotificationWebhookIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theShippedEventOfAnOrderIsPostedToTheWebhookOnce() throws Exception {
    TestSystem system = TestSystem.get();
    DemoDriver driver = system.driver();
    driver.seed(5);
    DemoDriver.Outcome o = driver.shipped();
    assertThat(o.status()).isEqualTo("shipped");

    String key = "notify:" + o.orderId() + ":shipped";
    TestSystem.Delivery delivery = awaitDelivery(system, key);
    JsonNode body = JSON.readTree(delivery.body());
    assertThat(body.get("orderId").asText()).isEqualTo(o.orderId());
    assertThat(body.get("event").asText()).isEqualTo("shipped");
    assertThat(system.deliveries()).filteredOn(d -> key.equals(d.idempotencyKey())).hasSize(1);
  }

  private static TestSystem.Delivery awaitDelivery(TestSystem system, String key)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Optional<TestSystem.Delivery> d =
          system.deliveries().stream().filter(x -> key.equals(x.idempotencyKey())).findFirst();
      if (d.isPresent()) {
        return d.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no webhook delivery " + key + " in " + system.deliveries());
  }
}
