package com.wms.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import org.junit.jupiter.api.Test;

class SmokeIT extends InventoryServiceIT {
  @Test
  void fullLifecycleShipsEachUnitOnce() {
    Api api = api();
    String sku = Api.unique("SKU");
    assertThat(
            api.post("/api/v1/inventory", "{\"sku\":\"" + sku + "\",\"productName\":\"Widget\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/inventory/" + sku + "/receive",
                    "{\"locationId\":\"A-1\",\"quantity\":10}")
                .status())
        .isEqualTo(200);
    var reserve =
        api.post(
            "/api/v1/inventory/reserve",
            "{\"orderId\":\"O-1-"
                + sku
                + "\",\"items\":[{\"sku\":\""
                + sku
                + "\",\"quantity\":3}]}");
    assertThat(reserve.status()).as(reserve.raw().body()).isEqualTo(200);
    String res = reserve.body().get("reservations").get(0).get("reservationId").asText();
    var pick =
        api.post(
            "/api/v1/inventory/" + sku + "/pick",
            "{\"orderId\":\"O-1-" + sku + "\",\"locationId\":\"A-1\",\"quantity\":3}");
    assertThat(pick.status()).as(pick.raw().body()).isEqualTo(200);
    var stage =
        api.post(
            "/api/v1/inventory/" + sku + "/stage",
            "{\"reservationId\":\"" + res + "\",\"stagingLocationId\":\"STAGE-1\"}");
    assertThat(stage.status()).as(stage.raw().body()).isEqualTo(200);
    String alloc = stage.body().get("allocationId").asText();
    assertThat(
            api.post("/api/v1/inventory/" + sku + "/pack", "{\"allocationId\":\"" + alloc + "\"}")
                .status())
        .isEqualTo(200);
    var ship =
        api.post("/api/v1/inventory/" + sku + "/ship", "{\"allocationId\":\"" + alloc + "\"}");
    assertThat(ship.status()).as(ship.raw().body()).isEqualTo(200);
    var item = api.get("/api/v1/inventory/" + sku);
    assertThat(item.body().get("totals").get("shipped").asLong()).isEqualTo(3);
    assertThat(item.body().get("totals").get("onHand").asLong()).isEqualTo(7);
    assertThat(item.body().get("totals").get("available").asLong()).isEqualTo(7);
    var audit = api.get("/api/v1/audit");
    assertThat(audit.body().get("ok").asBoolean()).as(audit.raw().body()).isTrue();
  }
}
