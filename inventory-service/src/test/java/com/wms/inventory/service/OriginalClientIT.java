package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.json;
import static com.wms.inventory.service.support.Stock.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calls the original platform's orchestrator sends to its inventory service work unchanged: the
 * same paths and bodies, {@code Accept: application/json}, a JSON Content-Type only when there is a
 * body, the tenant headers it adds, no Idempotency-Key. Any status below 400 is success to that
 * client; the ones asserted are what this service answers. Only the bearer token is new (the
 * worker's token, an admin one: the original releases reservations).
 */
class OriginalClientIT extends InventoryServiceIT {
  private static final String SHELF = "A-01";

  /** What the original client sends, as it sends it. */
  private Api.Response send(String path, String body) {
    List<String> headers =
        new ArrayList<>(List.of("Accept", "application/json", "X-WMS-Tenant-ID", "tenant-1"));
    if (body != null) {
      headers.addAll(List.of("Content-Type", "application/json"));
    }
    return api()
        .request(
            "POST",
            path,
            body == null ? null : BodyPublishers.ofString(body),
            headers.toArray(String[]::new));
  }

  @Test
  void reserveWithAcceptJsonAnswers200WithTheReservations() {
    String sku = stock().stockedSku("OC", SHELF, 10);
    String order = Api.unique("OC-ORD");

    Api.Response r =
        send("/api/v1/inventory/reserve", json("orderId", order, "items", List.of(line(sku, 3))));

    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.body().get("reservations")).hasSize(1);
    assertThat(stock().balances(sku)).isEqualTo("available=7 reserved=3 onHand=10 received=10");
  }

  @Test
  void releaseWithoutABodyAnswers200EvenWhenNothingIsReserved() {
    Api.Response r = send("/api/v1/inventory/release/" + Api.unique("OC-NONE"), null);

    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    assertThat(r.body().get("releasedUnits").asLong()).isZero();
  }

  @Test
  void releaseWithoutABodyReturnsTheOrdersUnitsToTheShelf() {
    String sku = stock().stockedSku("OC", SHELF, 10);
    String order = Api.unique("OC-ORD");
    stock().reserveOne(order, sku, 4);

    Api.Response r = send("/api/v1/inventory/release/" + order, null);

    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    assertThat(stock().balances(sku)).isEqualTo("available=10 onHand=10 received=10");
  }

  @Test
  void pickStagePackShipTakeTheOriginalBodies() {
    String sku = stock().stockedSku("OC", SHELF, 10);
    String order = Api.unique("OC-ORD");
    String reservation = stock().reserveOne(order, sku, 2);
    String base = "/api/v1/inventory/" + sku;

    Api.Response picked =
        send(
            base + "/pick",
            json(
                "orderId", order, "locationId", SHELF, "quantity", 2, "createdBy", "orchestrator"));
    Api.Response staged =
        send(
            base + "/stage",
            json(
                "reservationId",
                reservation,
                "stagingLocationId",
                "STAGING",
                "stagedBy",
                "orchestrator"));
    String allocation = staged.body().get("allocationId").asText();
    Api.Response packed =
        send(base + "/pack", json("allocationId", allocation, "packedBy", "packer-1"));
    Api.Response shipped = send(base + "/ship", json("allocationId", allocation));

    assertThat(List.of(picked, staged, packed, shipped))
        .allSatisfy(r -> assertThat(r.status()).as(r.raw().body()).isEqualTo(200));
    assertThat(stock().balances(sku)).isEqualTo("available=8 onHand=8 received=10 shipped=2");
  }

  @Test
  void returnToShelfTakesTheOriginalBodyWithEmptyNames() {
    String sku = stock().stockedSku("OC", SHELF, 10);
    String order = Api.unique("OC-ORD");
    String allocation = stock().staged(sku, stock().reserveOne(order, sku, 3));

    // The original sends every field, empty when its input had none.
    Api.Response r =
        send(
            "/api/v1/inventory/" + sku + "/return-to-shelf",
            json("allocationId", allocation, "returnedBy", "", "reason", ""));

    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    assertThat(stock().balances(sku)).isEqualTo("available=10 onHand=10 received=10");
  }

  @Test
  void shortageTakesTheOriginalBody() {
    String sku = stock().stockedSku("OC", SHELF, 10);
    String order = Api.unique("OC-ORD");
    stock().reserveOne(order, sku, 4);

    Api.Response r =
        send(
            "/api/v1/inventory/" + sku + "/shortage",
            json(
                "locationId",
                SHELF,
                "orderId",
                order,
                "expectedQty",
                4,
                "actualQty",
                1,
                "reason",
                "not_found",
                "reportedBy",
                "picker-7"));

    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    assertThat(stock().balances(sku))
        .isEqualTo("available=6 reserved=1 onHand=7 received=10 lost=3");
  }

  @Test
  void aRefusalAskedForAsJsonIsStillACodedProblem() {
    String sku = stock().stockedSku("OC", SHELF, 1);

    Api.Response r =
        send(
            "/api/v1/inventory/reserve",
            json("orderId", Api.unique("OC-ORD"), "items", List.of(line(sku, 5))));

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("INSUFFICIENT_STOCK");
  }
}
