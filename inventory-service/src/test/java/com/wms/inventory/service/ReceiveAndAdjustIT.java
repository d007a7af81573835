package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import org.junit.jupiter.api.Test;

/** Units entering the warehouse and cycle-count corrections. */
class ReceiveAndAdjustIT extends InventoryServiceIT {

  @Test
  void receiveAddsUnitsToAvailableAtTheLocationAndCreatesTheLocation() {
    Stock stock = stock();
    String sku = stock.newSku("RCV");

    Api.Response first = Stock.ok(stock.receive(sku, "A-1", 7));
    Stock.ok(stock.receive(sku, "B-1", 3));
    Stock.ok(stock.receive(sku, "A-1", 2));

    assertThat(first.body().get("totals").get("available").asLong()).isEqualTo(7);
    assertThat(stock.balances(sku)).isEqualTo("available=12 onHand=12 received=12");
    assertThat(stock.shelves(sku))
        .containsExactly("A-1 available=9 reserved=0", "B-1 available=3 reserved=0");
    LedgerEntry entry = stock.ledger(sku).get(0);
    assertThat(entry.locationId()).isEqualTo("A-1");
    assertThat(entry.reason()).isEqualTo("PO-1");
    assertThat(stock.movements(sku))
        .containsExactly(
            "receive: received>available 7",
            "receive: received>available 3",
            "receive: received>available 2");
    stock.assertAuditOk();
  }

  @Test
  void receiveOfAnUnknownSkuIsNotFoundAndCreatesNothing() {
    String sku = Api.unique("NONE");

    assertProblem(stock().receive(sku, "A-1", 5), 404, "UNKNOWN_SKU");

    assertProblem(api().get("/api/v1/inventory/" + sku), 404, "UNKNOWN_SKU");
  }

  @Test
  void adjustToANewQuantityBooksTheDifferenceOfTheCount() {
    Stock stock = stock();
    String sku = stock.stockedSku("ADJ", "A-1", 10);
    stock.reserveOne(Api.unique("ORD"), sku, 3);

    Stock.ok(stock.adjustTo(sku, "A-1", 8));
    assertThat(stock.balances(sku))
        .isEqualTo("available=5 reserved=3 onHand=8 received=10 adjustedOut=2");

    Stock.ok(stock.adjustTo(sku, "A-1", 12));
    assertThat(stock.balances(sku))
        .isEqualTo("available=9 reserved=3 onHand=12 received=10 adjustedIn=4 adjustedOut=2");
    assertThat(stock.shelves(sku)).containsExactly("A-1 available=9 reserved=3");
    assertThat(stock.movements(sku))
        .endsWith("adjust: available>adjusted 2", "adjust: adjusted>available 4");
    assertThat(stock.ledger(sku).get(2).reason()).isEqualTo("cycle count");
    stock.assertAuditOk();
  }

  @Test
  void adjustByADeltaAddsOrRemovesAvailableUnits() {
    Stock stock = stock();
    String sku = stock.stockedSku("ADJ", "A-1", 10);

    Stock.ok(stock.adjustBy(sku, "A-1", 5));
    Stock.ok(stock.adjustBy(sku, "A-1", -12));
    Stock.ok(stock.adjustBy(sku, "B-1", 1));

    assertThat(stock.balances(sku))
        .isEqualTo("available=4 onHand=4 received=10 adjustedIn=6 adjustedOut=12");
    assertThat(stock.shelves(sku))
        .containsExactly("A-1 available=3 reserved=0", "B-1 available=1 reserved=0");
    assertThat(stock.movements(sku))
        .endsWith(
            "adjust: adjusted>available 5",
            "adjust: available>adjusted 12",
            "adjust: adjusted>available 1");
    stock.assertAuditOk();
  }

  @Test
  void adjustToTheCurrentCountMovesNothing() {
    Stock stock = stock();
    String sku = stock.stockedSku("ADJ", "A-1", 10);

    Stock.ok(stock.adjustTo(sku, "A-1", 10));
    Stock.ok(stock.adjustBy(sku, "A-1", 0));

    assertThat(stock.balances(sku)).isEqualTo("available=10 onHand=10 received=10");
    assertThat(stock.movements(sku)).containsExactly("receive: received>available 10");
  }

  @Test
  void adjustRefusesToCountBelowTheReservedUnits() {
    Stock stock = stock();
    String sku = stock.stockedSku("ADJ", "A-1", 10);
    String order = Api.unique("ORD");
    stock.reserveOne(order, sku, 3);
    JsonNode before = stock.snapshot(sku, order);

    assertProblem(stock.adjustTo(sku, "A-1", 2), 422, "BELOW_RESERVED");
    assertProblem(stock.adjustBy(sku, "A-1", -8), 422, "BELOW_RESERVED");
    assertProblem(stock.adjustBy(sku, "Z-9", -1), 422, "BELOW_RESERVED");

    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
    assertThat(stock.shelves(sku)).containsExactly("A-1 available=7 reserved=3");
    Stock.ok(stock.adjustTo(sku, "A-1", 3));
    assertThat(stock.balances(sku)).isEqualTo("reserved=3 onHand=3 received=10 adjustedOut=7");
    stock.assertAuditOk();
  }
}
