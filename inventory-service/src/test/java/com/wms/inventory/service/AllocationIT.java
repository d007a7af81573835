package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The allocation state machine: staged → packed → shipped | returned; anything else is a 409. */
class AllocationIT extends InventoryServiceIT {

  /** A SKU with one staged allocation of 3 units; returns {sku, order, allocationId}. */
  private String[] stagedAllocation() {
    Stock stock = stock();
    String sku = stock.stockedSku("ALC", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 3);
    Stock.ok(stock.pick(sku, order, "A-1", 3));
    return new String[] {sku, order, stock.staged(sku, reservation)};
  }

  @Test
  void shipRefusesAStagedAllocationThatIsNotPacked() {
    Stock stock = stock();
    String[] s = stagedAllocation();
    JsonNode before = stock.snapshot(s[0], s[1]);

    assertProblem(stock.ship(s[0], s[2]), 409, "INVALID_STATE");

    assertThat(stock.snapshot(s[0], s[1])).isEqualTo(before);
    assertThat(stock.balances(s[0])).isEqualTo("available=7 staged=3 onHand=10 received=10");
  }

  @Test
  void packTwiceIsInvalidState() {
    Stock stock = stock();
    String[] s = stagedAllocation();
    Stock.ok(stock.pack(s[0], s[2]));
    JsonNode before = stock.snapshot(s[0], s[1]);

    assertProblem(stock.pack(s[0], s[2]), 409, "INVALID_STATE");

    assertThat(stock.snapshot(s[0], s[1])).isEqualTo(before);
  }

  @Test
  void aShippedAllocationCanBeNeitherShippedAgainNorReturnedNorPacked() {
    Stock stock = stock();
    String[] s = stagedAllocation();
    Stock.ok(stock.pack(s[0], s[2]));
    Stock.ok(stock.ship(s[0], s[2]));
    JsonNode before = stock.snapshot(s[0], s[1]);

    assertProblem(stock.ship(s[0], s[2]), 409, "INVALID_STATE");
    assertProblem(stock.returnToShelf(s[0], s[2]), 409, "INVALID_STATE");
    assertProblem(stock.pack(s[0], s[2]), 409, "INVALID_STATE");

    assertThat(stock.snapshot(s[0], s[1])).isEqualTo(before);
    assertThat(stock.balances(s[0])).isEqualTo("available=7 onHand=7 received=10 shipped=3");
    stock.assertAuditOk();
  }

  @Test
  void aReturnedAllocationCanBeNeitherPackedNorShippedNorReturnedAgain() {
    Stock stock = stock();
    String[] s = stagedAllocation();
    Stock.ok(stock.returnToShelf(s[0], s[2]));
    JsonNode before = stock.snapshot(s[0], s[1]);

    assertProblem(stock.pack(s[0], s[2]), 409, "INVALID_STATE");
    assertProblem(stock.ship(s[0], s[2]), 409, "INVALID_STATE");
    assertProblem(stock.returnToShelf(s[0], s[2]), 409, "INVALID_STATE");

    assertThat(stock.snapshot(s[0], s[1])).isEqualTo(before);
    assertThat(stock.balances(s[0])).isEqualTo("available=10 onHand=10 received=10");
    stock.assertAuditOk();
  }

  @Test
  void anUnknownAllocationOrOneOfAnotherSkuIsNotFound() {
    Stock stock = stock();
    String[] s = stagedAllocation();
    String other = stock.stockedSku("ALC", "A-1", 1);
    String random = UUID.randomUUID().toString();
    JsonNode before = stock.snapshot(s[0], s[1]);

    assertProblem(stock.pack(s[0], random), 404, "UNKNOWN_ALLOCATION");
    assertProblem(stock.ship(s[0], random), 404, "UNKNOWN_ALLOCATION");
    assertProblem(stock.returnToShelf(s[0], random), 404, "UNKNOWN_ALLOCATION");
    assertProblem(stock.pack(other, s[2]), 404, "UNKNOWN_ALLOCATION");
    assertProblem(stock.ship(other, s[2]), 404, "UNKNOWN_ALLOCATION");
    assertProblem(stock.returnToShelf(other, s[2]), 404, "UNKNOWN_ALLOCATION");

    assertThat(stock.snapshot(s[0], s[1])).isEqualTo(before);
  }
}
