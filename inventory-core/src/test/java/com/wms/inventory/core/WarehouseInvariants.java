package com.wms.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.core.InMemoryWarehouse.StockKey;
import com.wms.inventory.core.LedgerBalances.Address;
import java.util.HashMap;
import java.util.Map;

/** The invariants of DESIGN.md section 2, checked against a warehouse and its own ledger. */
final class WarehouseInvariants {
  private WarehouseInvariants() {}

  static void assertHold(InMemoryWarehouse w) {
    LedgerBalances ledger = new LedgerBalances();
    ledger.applyAll(w.ledger());
    assertThat(ledger.violations()).as("ledger never overdraws a bucket").isEmpty();
    for (Sku sku : InMemoryWarehouse.SKUS) {
      SkuTotals t = ledger.totals(sku);
      assertThat(t.conserved()).as("%s conserved: %s", sku, t).isTrue();
      assertThat(t.nonNegative()).as("%s non-negative: %s", sku, t).isTrue();
    }

    Map<Address, Long> expected = new HashMap<>();
    Map<StockKey, Long> reservedAt = new HashMap<>();
    Map<Sku, Long> shipped = new HashMap<>();
    for (LocationStock s : w.stock().values()) {
      assertThat(s.available()).as("available of %s", s).isNotNegative();
      assertThat(s.reserved()).as("reserved of %s", s).isNotNegative();
      put(
          expected,
          new Address(s.sku(), Bucket.AVAILABLE, s.location().value(), null, null),
          s.available());
    }
    for (Reservation r : w.reservations().values()) {
      assertThat(r.reserved()).as("reserved of %s", r).isNotNegative();
      assertThat(r.picked()).as("picked of %s", r).isNotNegative();
      assertThat(r.reserved() + r.picked())
          .as("%s holds at most what it was opened with", r)
          .isLessThanOrEqualTo(w.originalQuantities().get(r.id()));
      if (!r.status().open()) {
        assertThat(r.reserved() + r.picked()).as("closed %s holds nothing", r).isZero();
      }
      reservedAt.merge(new StockKey(r.sku(), r.location()), r.reserved(), Long::sum);
      String id = r.id().toString();
      put(
          expected,
          new Address(r.sku(), Bucket.RESERVED, r.location().value(), id, null),
          r.reserved());
      put(expected, new Address(r.sku(), Bucket.PICKED, null, id, null), r.picked());
    }
    for (Map.Entry<StockKey, LocationStock> e : w.stock().entrySet()) {
      assertThat(e.getValue().reserved())
          .as("shelf reserved equals its reservations at %s", e.getKey())
          .isEqualTo(reservedAt.getOrDefault(e.getKey(), 0L));
    }
    for (Allocation a : w.allocations().values()) {
      assertThat(a.quantity()).isPositive();
      String id = a.id().toString();
      put(expected, new Address(a.sku(), Bucket.STAGED, null, null, id), a.staged());
      put(expected, new Address(a.sku(), Bucket.PACKED, null, null, id), a.packed());
      if (a.status() == AllocationStatus.SHIPPED) {
        shipped.merge(a.sku(), a.quantity(), Long::sum);
      }
      assertThat(w.reservations().get(a.reservation()).status())
          .as("reservation of %s", a)
          .isEqualTo(
              switch (a.status()) {
                case STAGED, PACKED -> ReservationStatus.STAGED;
                case SHIPPED -> ReservationStatus.FULFILLED;
                case RETURNED -> ReservationStatus.CANCELLED;
              });
    }
    assertThat(ledger.balances()).as("entity balances equal the ledger").isEqualTo(expected);
    for (Sku sku : InMemoryWarehouse.SKUS) {
      assertThat(ledger.totals(sku).shipped())
          .as("only shipped allocations left the warehouse")
          .isEqualTo(shipped.getOrDefault(sku, 0L));
    }
  }

  private static void put(Map<Address, Long> expected, Address a, long balance) {
    if (balance != 0) {
      expected.put(a, balance);
    }
  }
}
