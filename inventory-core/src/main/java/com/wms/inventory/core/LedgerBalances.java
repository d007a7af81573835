package com.wms.inventory.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Balances recomputed from nothing but the ledger: fold every movement in order and the result must
 * equal what the balance tables hold. The audit and the property tests both use it.
 */
public final class LedgerBalances {

  /** One instance of a bucket: which SKU, which bucket, and the address that bucket needs. */
  public record Address(
      Sku sku, Bucket bucket, String location, String reservation, String allocation)
      implements Comparable<Address> {
    @Override
    public int compareTo(Address o) {
      return key().compareTo(o.key());
    }

    private String key() {
      return String.join(
          "|",
          sku.value(),
          bucket.name(),
          Objects.toString(location, ""),
          Objects.toString(reservation, ""),
          Objects.toString(allocation, ""));
    }

    public static Address of(Bucket bucket, Movement m) {
      String loc = m.location() == null ? null : m.location().value();
      String res = m.reservation() == null ? null : m.reservation().toString();
      String alloc = m.allocation() == null ? null : m.allocation().toString();
      return switch (bucket) {
        case AVAILABLE -> new Address(m.sku(), bucket, loc, null, null);
        case RESERVED -> new Address(m.sku(), bucket, loc, res, null);
        case PICKED -> new Address(m.sku(), bucket, null, res, null);
        case STAGED, PACKED -> new Address(m.sku(), bucket, null, null, alloc);
        default -> throw new IllegalArgumentException(bucket + " is external");
      };
    }
  }

  private final Map<Address, Long> internal = new TreeMap<>();
  private final Map<Sku, SkuTotals> totals = new TreeMap<>();
  private final List<String> violations = new ArrayList<>();

  public void apply(Movement m) {
    if (!m.from().external()) {
      add(Address.of(m.from(), m), -m.quantity());
    }
    if (!m.to().external()) {
      add(Address.of(m.to(), m), m.quantity());
    }
    totals.merge(m.sku(), SkuTotals.ZERO.plus(m), LedgerBalances::sum);
  }

  public void applyAll(List<Movement> movements) {
    movements.forEach(this::apply);
  }

  private void add(Address a, long delta) {
    long next = internal.getOrDefault(a, 0L) + delta;
    if (next < 0) {
      violations.add("bucket " + a + " went negative (" + next + ")");
    }
    if (next == 0) {
      internal.remove(a);
    } else {
      internal.put(a, next);
    }
  }

  /** Non-zero internal balances by address. */
  public Map<Address, Long> balances() {
    return Map.copyOf(internal);
  }

  public long balance(Address a) {
    return internal.getOrDefault(a, 0L);
  }

  public Map<Sku, SkuTotals> totals() {
    return Map.copyOf(totals);
  }

  public SkuTotals totals(Sku sku) {
    return totals.getOrDefault(sku, SkuTotals.ZERO);
  }

  /** Negative balances seen while folding; empty when the ledger never overdrew a bucket. */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  private static SkuTotals sum(SkuTotals a, SkuTotals b) {
    return new SkuTotals(
        a.available() + b.available(),
        a.reserved() + b.reserved(),
        a.picked() + b.picked(),
        a.staged() + b.staged(),
        a.packed() + b.packed(),
        a.received() + b.received(),
        a.shipped() + b.shipped(),
        a.lost() + b.lost(),
        a.adjustedIn() + b.adjustedIn(),
        a.adjustedOut() + b.adjustedOut());
  }
}
