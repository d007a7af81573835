package com.wms.inventory.service.audit;

import com.wms.inventory.api.AuditReport;
import com.wms.inventory.api.AuditReport.AuditProblem;
import com.wms.inventory.core.AllocationId;
import com.wms.inventory.core.Bucket;
import com.wms.inventory.core.LedgerBalances;
import com.wms.inventory.core.LedgerBalances.Address;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.Movement;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.ReservationId;
import com.wms.inventory.core.Sku;
import com.wms.inventory.core.SkuTotals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every balance from the ledger alone and compares it with the balance tables, then
 * checks conservation per SKU: received + adjusted in = on hand + shipped + lost + adjusted out. It
 * reads one consistent snapshot (repeatable read), so it may run while the service works.
 */
@Component
public class InventoryAuditor {
  /**
   * Rows fetched per round trip. Inside the audit's transaction the PostgreSQL driver then reads
   * every query through a cursor, this many rows at a time, instead of holding the whole result
   * (its default): the ledger only grows, the audit's memory must not (BENCHMARKS.md section 7,
   * target 6).
   */
  static final int FETCH_SIZE = 10_000;

  private final JdbcClient jdbc;

  public InventoryAuditor(DataSource dataSource) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.jdbc = JdbcClient.create(template);
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public AuditReport audit() {
    LedgerBalances ledger = new LedgerBalances();
    AtomicLong movements = new AtomicLong();
    jdbc.sql(
            "SELECT sku, from_bucket, to_bucket, quantity, location_id, order_id, reservation_id,"
                + " allocation_id FROM ledger ORDER BY movement_id")
        .query(
            rs -> {
              movements.incrementAndGet();
              ledger.apply(
                  new Movement(
                      Sku.of(rs.getString(1)),
                      bucket(rs.getString(2)),
                      bucket(rs.getString(3)),
                      rs.getLong(4),
                      rs.getString(5) == null ? null : LocationId.of(rs.getString(5)),
                      rs.getString(6) == null ? null : OrderId.of(rs.getString(6)),
                      rs.getObject(7) == null
                          ? null
                          : new ReservationId(rs.getObject(7, UUID.class)),
                      rs.getObject(8) == null
                          ? null
                          : new AllocationId(rs.getObject(8, UUID.class))));
            });
    Map<Address, Long> tables = tableBalances();
    Map<Sku, SkuTotals> tableTotals = tableTotals(tables);
    List<AuditProblem> problems = new ArrayList<>();
    ledger.violations().forEach(v -> problems.add(new AuditProblem(skuOf(v), v)));
    problems.addAll(locationReservedMismatches());
    TreeSet<Address> addresses = new TreeSet<>(tables.keySet());
    addresses.addAll(ledger.balances().keySet());
    for (Address a : addresses) {
      long expected = ledger.balance(a);
      long actual = tables.getOrDefault(a, 0L);
      if (expected != actual) {
        problems.add(
            new AuditProblem(
                a.sku().value(),
                "bucket " + describe(a) + " holds " + actual + " but the ledger says " + expected));
      }
    }
    TreeSet<Sku> skus = new TreeSet<>(tableTotals.keySet());
    skus.addAll(ledger.totals().keySet());
    for (Sku sku : skus) {
      SkuTotals fromTables = tableTotals.getOrDefault(sku, SkuTotals.ZERO);
      SkuTotals fromLedger = ledger.totals(sku);
      if (!fromTables.equals(fromLedger)) {
        problems.add(
            new AuditProblem(
                sku.value(), "totals " + fromTables + " differ from the ledger's " + fromLedger));
      }
      if (!fromTables.conserved() || !fromTables.nonNegative()) {
        problems.add(new AuditProblem(sku.value(), "units not conserved: " + fromTables));
      }
    }
    return new AuditReport(problems.isEmpty(), skus.size(), movements.get(), problems);
  }

  private Map<Address, Long> tableBalances() {
    Map<Address, Long> balances = new HashMap<>();
    jdbc.sql("SELECT sku, location_id, available FROM stock_location WHERE available <> 0")
        .query(
            rs -> {
              put(
                  balances,
                  new Address(
                      Sku.of(rs.getString(1)), Bucket.AVAILABLE, rs.getString(2), null, null),
                  rs.getLong(3));
            });
    jdbc.sql(
            "SELECT sku, location_id, reservation_id::text, reserved, picked FROM reservation"
                + " WHERE reserved <> 0 OR picked <> 0")
        .query(
            rs -> {
              Sku sku = Sku.of(rs.getString(1));
              put(
                  balances,
                  new Address(sku, Bucket.RESERVED, rs.getString(2), rs.getString(3), null),
                  rs.getLong(4));
              put(
                  balances,
                  new Address(sku, Bucket.PICKED, null, rs.getString(3), null),
                  rs.getLong(5));
            });
    jdbc.sql(
            "SELECT sku, allocation_id::text, quantity, status FROM allocation"
                + " WHERE status IN ('staged', 'packed')")
        .query(
            rs -> {
              Bucket b = "staged".equals(rs.getString(4)) ? Bucket.STAGED : Bucket.PACKED;
              put(
                  balances,
                  new Address(Sku.of(rs.getString(1)), b, null, null, rs.getString(2)),
                  rs.getLong(3));
            });
    return balances;
  }

  /** The per-location reserved column must equal the sum of that location's reservations. */
  private List<AuditProblem> locationReservedMismatches() {
    return jdbc.sql(
            "SELECT l.sku, l.location_id, l.reserved, coalesce(sum(r.reserved), 0)"
                + " FROM stock_location l LEFT JOIN reservation r"
                + " ON r.sku = l.sku AND r.location_id = l.location_id"
                + " GROUP BY l.sku, l.location_id, l.reserved"
                + " HAVING l.reserved <> coalesce(sum(r.reserved), 0)")
        .query(
            (rs, i) ->
                new AuditProblem(
                    rs.getString(1),
                    "location "
                        + rs.getString(2)
                        + " says "
                        + rs.getLong(3)
                        + " reserved but its reservations hold "
                        + rs.getLong(4)))
        .list();
  }

  private Map<Sku, SkuTotals> tableTotals(Map<Address, Long> balances) {
    Map<Sku, long[]> sums = new HashMap<>();
    jdbc.sql("SELECT sku, received, shipped, lost, adjusted_in, adjusted_out FROM sku")
        .query(
            rs -> {
              long[] v = sums.computeIfAbsent(Sku.of(rs.getString(1)), k -> new long[10]);
              for (int i = 0; i < 5; i++) {
                v[5 + i] = rs.getLong(2 + i);
              }
            });
    balances.forEach(
        (a, q) -> {
          long[] v = sums.computeIfAbsent(a.sku(), k -> new long[10]);
          v[a.bucket().ordinal() - Bucket.AVAILABLE.ordinal()] += q;
        });
    Map<Sku, SkuTotals> totals = new HashMap<>();
    sums.forEach(
        (sku, v) ->
            totals.put(
                sku, new SkuTotals(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9])));
    return totals;
  }

  private static void put(Map<Address, Long> balances, Address a, long q) {
    if (q != 0) {
      balances.merge(a, q, Long::sum);
    }
  }

  private static Bucket bucket(String wire) {
    return Bucket.valueOf(wire.toUpperCase(java.util.Locale.ROOT));
  }

  private static String describe(Address a) {
    StringBuilder s = new StringBuilder(a.bucket().wireName());
    if (a.location() != null) {
      s.append(" at ").append(a.location());
    }
    if (a.reservation() != null) {
      s.append(" of reservation ").append(a.reservation());
    }
    if (a.allocation() != null) {
      s.append(" of allocation ").append(a.allocation());
    }
    return s.toString();
  }

  private static String skuOf(String violation) {
    int start = violation.indexOf("sku=");
    if (start < 0) {
      return "";
    }
    int end = violation.indexOf(',', start);
    return violation.substring(start + 4, end < 0 ? violation.length() : end);
  }
}
