package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How many round trips to PostgreSQL a step costs: the key's claim, the SKU lock and the reads in
 * one, the writes and the stored response in the other (the commit comes on top).
 */
class RoundTripsIT extends InventoryServiceIT {
  @Autowired MeterRegistry meters;

  private final Map<String, Long> trips = new LinkedHashMap<>();

  @Test
  void eachKeyedStepOfAnOrdersLifecycleTakesTwoRoundTripsBesidesItsCommit() {
    Stock stock = stock();
    String sku = stock.stockedSku("TRIP", "A-1", 10);
    String order = Api.unique("ORD");
    String key = Api.unique("key");
    String base = "/api/v1/inventory/" + sku;

    Api.Response reserved =
        step(
            "reserve",
            () ->
                api()
                    .post(
                        "/api/v1/inventory/reserve",
                        json("orderId", order, "items", List.of(Stock.line(sku, 4))),
                        key + "-reserve"));
    String reservation = reserved.body().get("reservations").get(0).get("reservationId").asText();
    step(
        "pick",
        () ->
            api()
                .post(
                    base + "/pick",
                    json("orderId", order, "locationId", "A-1", "quantity", 4),
                    key + "-pick"));
    Api.Response staged =
        step(
            "stage",
            () -> api().post(base + "/stage", Stock.stageBody(reservation), key + "-stage"));
    String allocation = json("allocationId", staged.body().get("allocationId").asText());
    step("pack", () -> api().post(base + "/pack", allocation, key + "-pack"));
    step("ship", () -> api().post(base + "/ship", allocation, key + "-ship"));
    step("replayed ship", () -> api().post(base + "/ship", allocation, key + "-ship"));

    assertThat(trips)
        .containsExactly(
            entry("reserve", 2L),
            entry("pick", 2L),
            entry("stage", 2L),
            entry("pack", 2L),
            entry("ship", 2L),
            entry("replayed ship", 2L));
    assertThat(stock.balances(sku)).isEqualTo("available=6 onHand=6 received=10 shipped=4");
    stock.assertAuditOk();
  }

  private Api.Response step(String name, Supplier<Api.Response> request) {
    long before = roundTrips();
    Api.Response response = Stock.ok(request.get());
    trips.put(name, roundTrips() - before);
    return response;
  }

  private long roundTrips() {
    return (long) meters.get("wms.inventory.db.round.trips").functionCounter().count();
  }
}
