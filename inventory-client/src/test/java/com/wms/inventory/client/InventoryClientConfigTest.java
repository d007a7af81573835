package com.wms.inventory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryClientConfigTest {
  @Test
  void withoutVariablesItTalksToLocalhost8080() {
    InventoryClientConfig config = InventoryClientConfig.fromEnvironment(Map.of());

    assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(config.connectTimeout()).isEqualTo(InventoryClientConfig.DEFAULT_CONNECT_TIMEOUT);
    assertThat(config.requestTimeout()).isEqualTo(InventoryClientConfig.DEFAULT_REQUEST_TIMEOUT);
    assertThat(config.bearerToken()).isNull();
  }

  @Test
  void variablesSetTheUrlTimeoutsAndToken() {
    InventoryClientConfig config =
        InventoryClientConfig.fromEnvironment(
            Map.of(
                "WMS_INVENTORY_URL", "https://inventory.example:9443/",
                "WMS_INVENTORY_CONNECT_TIMEOUT", "PT2S",
                "WMS_INVENTORY_REQUEST_TIMEOUT", "1500",
                "WMS_INVENTORY_TOKEN", "secret"));

    assertThat(config.baseUrl()).isEqualTo("https://inventory.example:9443");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.bearerToken()).isEqualTo("secret");
    assertThat(config.toString()).doesNotContain("secret");
  }

  @Test
  void badValuesAreRefusedWithTheirName() {
    assertThatThrownBy(
            () ->
                InventoryClientConfig.fromEnvironment(
                    Map.of("WMS_INVENTORY_REQUEST_TIMEOUT", "soon")))
        .hasMessageContaining("WMS_INVENTORY_REQUEST_TIMEOUT");
    assertThatThrownBy(
            () ->
                InventoryClientConfig.fromEnvironment(
                    Map.of("WMS_INVENTORY_URL", "inventory:8080")))
        .hasMessageContaining("http://");
    assertThatThrownBy(
            () -> new InventoryClientConfig("http://x", Duration.ZERO, Duration.ofSeconds(1), null))
        .hasMessageContaining("connectTimeout");
  }
}
