package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every order path of {@code wms demo}, end to end over HTTP on the shared running system: each
 * test seeds its own three SKUs with 100 units, drives one order and checks the order, the exact
 * balances of the SKUs and the audit.
 */
class OrderPathsIT {
  private static final int SEEDED = 100;

  private final WmsHttp http = TestSystem.get().http();
  private DemoDriver driver;

  @BeforeEach
  void seed() {
    driver = TestSystem.get().driver();
    driver.seed(SEEDED);
  }

  @Test
  void anOrderPickedInFullShipsAndOnlyTheShippedUnitsLeaveTheWarehouse() {
    DemoDriver.Outcome o = driver.shipped();

    assertOrder(o.orderId(), "shipped", null, false);
    assertThat(balances("A")).isEqualTo(Balances.settled(98, 2, 0));
    assertThat(balances("B")).isEqualTo(Balances.settled(99, 1, 0));
    assertThat(balances("C")).isEqualTo(Balances.shelf(SEEDED));
    TestSystem.assertAuditOk(http);
  }

  @Test
  void anOrderCancelledBeforePickReleasesItsReservation() {
    DemoDriver.Outcome o = driver.cancelledBeforePick();

    assertOrder(o.orderId(), "cancelled", null, false);
    assertThat(balances("A")).isEqualTo(Balances.shelf(SEEDED));
    TestSystem.assertAuditOk(http);
  }

  @Test
  void anOrderCancelledAfterStagingReturnsItsAllocationToTheShelf() {
    DemoDriver.Outcome o = driver.cancelledAfterStaging();

    JsonNode order = assertOrder(o.orderId(), "cancelled", null, false);
    assertThat(order.get("allocations")).hasSize(1);
    assertThat(order.get("allocations").get(0).get("status").asText()).isEqualTo("returned");
    assertThat(balances("B")).isEqualTo(Balances.shelf(SEEDED));
    TestSystem.assertAuditOk(http);
  }

  @Test
  void aShortPickAboveTheThresholdShipsPartiallyAndBackordersTheRest() {
    DemoDriver.Outcome o = driver.shortPartialShip();

    assertOrder(o.orderId(), "partially_shipped", "partial_ship", true);
    assertThat(balances("C")).isEqualTo(Balances.settled(90, 6, 4));
    TestSystem.assertAuditOk(http);
  }

  @Test
  void aShortPickBelowTheThresholdWaitsForReviewAndShipsWhenTheSupervisorSaysShip() {
    DemoDriver.Outcome o = driver.shortHoldForReview();

    assertOrder(o.orderId(), "partially_shipped", "hold_for_review", true);
    assertThat(balances("C")).isEqualTo(Balances.settled(90, 3, 7));
    TestSystem.assertAuditOk(http);
  }

  @Test
  void aShortPickBelowTheThresholdIsCancelledAndReturnedWhenTheSupervisorSaysCancel() {
    String c = driver.sku("C");
    String id = driver.place("short-hold-cancel", Map.of(c, 10));
    driver.awaitStage(id, "picking");
    driver.pickAll(id, Map.of(c, 3), Map.of(c, 10));
    driver.awaitStatus(id, "on_hold");
    // On hold, the order shows the units the ledger moved for it: 3 picked and staged, 7 short.
    JsonNode line = http.get("/api/v1/orders/" + id).body().get("lines").get(0);
    assertThat(line.get("picked").asLong()).as("picked of %s", line).isEqualTo(3);
    assertThat(line.get("staged").asLong()).as("staged of %s", line).isEqualTo(3);
    assertThat(line.get("shortQty").asLong()).as("short of %s", line).isEqualTo(7);
    JsonNode held = http.get("/api/v1/orders/" + id + "/inventory").body().get("allocations");
    assertThat(held).hasSize(1);
    assertThat(held.get(0).get("quantity").asLong()).isEqualTo(3);
    driver.resolveShortage(id, "cancel");
    driver.awaitTerminal(id);

    assertOrder(id, "cancelled", "hold_for_review", false);
    assertThat(balances("C")).isEqualTo(Balances.settled(93, 0, 7));
    TestSystem.assertAuditOk(http);
  }

  @Test
  void aPickWithNothingFoundBackordersTheWholeOrder() {
    DemoDriver.Outcome o = driver.shortFullBackorder();

    assertOrder(o.orderId(), "backordered", "full_backorder", true);
    assertThat(balances("A")).isEqualTo(Balances.settled(96, 0, 4));
    TestSystem.assertAuditOk(http);
  }

  private JsonNode assertOrder(
      String orderId, String status, String strategy, boolean backordered) {
    WmsHttp.Reply r = http.get("/api/v1/orders/" + orderId);
    assertThat(r.status()).isEqualTo(200);
    JsonNode order = r.body();
    assertThat(order.get("status").asText()).as("status of %s", order).isEqualTo(status);
    assertThat(order.get("stage").asText()).isEqualTo("done");
    assertThat(r.text("strategy")).as("strategy of %s", order).isEqualTo(strategy);
    if (backordered) {
      assertThat(r.text("backorderId")).as("backorderId of %s", order).isNotBlank();
    } else {
      assertThat(r.text("backorderId")).as("backorderId of %s", order).isNull();
    }
    assertThat(order.get("failures")).as("failures of %s", order).isEmpty();
    return order;
  }

  private Balances balances(String letter) {
    return Balances.of(http, driver.sku(letter));
  }
}
