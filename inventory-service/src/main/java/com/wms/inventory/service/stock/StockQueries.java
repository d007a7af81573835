package com.wms.inventory.service.stock;

import com.wms.inventory.api.ItemSummary;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.api.LedgerPage;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.OrderLedger;
import com.wms.inventory.api.Totals;
import com.wms.inventory.core.Allocation;
import com.wms.inventory.core.LocationStock;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.stock.ReservationRepository.StoredReservation;
import com.wms.inventory.service.stock.SkuRepository.SkuRow;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side: item views, lists, ledger pages and an order's inventory. */
@Service
@Transactional(readOnly = true)
public class StockQueries {
  private final SkuRepository skus;
  private final LocationRepository locations;
  private final ReservationRepository reservations;
  private final AllocationRepository allocations;
  private final JdbcClient jdbc;

  StockQueries(
      SkuRepository skus,
      LocationRepository locations,
      ReservationRepository reservations,
      AllocationRepository allocations,
      JdbcClient jdbc) {
    this.skus = skus;
    this.locations = locations;
    this.reservations = reservations;
    this.allocations = allocations;
    this.jdbc = jdbc;
  }

  public ItemView item(Sku sku) {
    SkuRow row = skus.find(sku).orElseThrow(() -> SkuRepository.unknown(sku));
    List<LocationStock> shelf = locations.all(sku);
    long picked =
        jdbc.sql(
                "SELECT coalesce(sum(picked), 0) FROM reservation WHERE sku = ? AND"
                    + " status IN ('active', 'picked')")
            .param(sku.value())
            .query(Long.class)
            .single();
    List<StoredReservation> open = reservations.openOfSku(sku);
    List<Allocation> held = allocations.openOfSku(sku);
    long available = shelf.stream().mapToLong(LocationStock::available).sum();
    long reserved = shelf.stream().mapToLong(LocationStock::reserved).sum();
    long staged = held.stream().mapToLong(Allocation::staged).sum();
    long packed = held.stream().mapToLong(Allocation::packed).sum();
    Totals totals =
        new Totals(
            available,
            reserved,
            picked,
            staged,
            packed,
            available + reserved + picked + staged + packed,
            row.received(),
            row.shipped(),
            row.lost(),
            row.adjustedIn(),
            row.adjustedOut());
    return new ItemView(
        sku.value(),
        row.productName(),
        row.reorderPoint(),
        row.reorderQuantity(),
        available <= row.reorderPoint(),
        totals,
        shelf.stream().map(Views::location).toList(),
        open.stream().map(Views::reservation).toList(),
        held.stream().map(Views::allocation).toList());
  }

  /**
   * A page of SKUs in SKU order after {@code after}, every bucket summed in the one query (the SKU
   * index drives it, each sum reads only that SKU's rows), so a page costs the same on any catalog
   * size.
   */
  public List<ItemSummary> list(boolean lowStock, String after, int limit) {
    return jdbc.sql(
            "SELECT s.sku, s.product_name, s.reorder_point, s.reorder_quantity, s.shipped, s.lost,"
                + " l.available, l.reserved, r.picked, a.staged, a.packed FROM sku s"
                + " CROSS JOIN LATERAL (SELECT coalesce(sum(available), 0) AS available,"
                + " coalesce(sum(reserved), 0) AS reserved FROM stock_location WHERE sku = s.sku) l"
                + " CROSS JOIN LATERAL (SELECT coalesce(sum(picked), 0) AS picked FROM reservation"
                + " WHERE sku = s.sku AND status IN ('active', 'picked')) r"
                + " CROSS JOIN LATERAL (SELECT"
                + " coalesce(sum(quantity) FILTER (WHERE status = 'staged'), 0) AS staged,"
                + " coalesce(sum(quantity) FILTER (WHERE status = 'packed'), 0) AS packed"
                + " FROM allocation WHERE sku = s.sku AND status IN ('staged', 'packed')) a"
                + " WHERE s.sku > ? AND (NOT ? OR l.available <= s.reorder_point)"
                + " ORDER BY s.sku LIMIT ?")
        .params(after == null ? "" : after, lowStock, limit)
        .query(
            (rs, i) -> {
              long available = rs.getLong("available");
              long reserved = rs.getLong("reserved");
              long picked = rs.getLong("picked");
              long staged = rs.getLong("staged");
              long packed = rs.getLong("packed");
              long reorderPoint = rs.getLong("reorder_point");
              return new ItemSummary(
                  rs.getString("sku"),
                  rs.getString("product_name"),
                  available,
                  available + reserved + picked + staged + packed,
                  reorderPoint,
                  rs.getLong("reorder_quantity"),
                  available <= reorderPoint,
                  reserved,
                  picked,
                  staged,
                  packed,
                  rs.getLong("shipped"),
                  rs.getLong("lost"));
            })
        .list();
  }

  /** A page of the SKU's ledger after {@code after}, oldest first. */
  public LedgerPage ledger(Sku sku, long after, int limit) {
    requireSku(sku);
    List<LedgerEntry> entries =
        entries("sku = ? AND movement_id > ? ORDER BY movement_id", sku.value(), after, limit);
    Long next = entries.size() < limit ? null : entries.get(entries.size() - 1).movementId();
    return new LedgerPage(sku.value(), entries, next, null);
  }

  /** A page of the SKU's ledger before {@code before}, newest first. */
  public LedgerPage ledgerNewestFirst(Sku sku, long before, int limit) {
    requireSku(sku);
    List<LedgerEntry> entries =
        entries(
            "sku = ? AND movement_id < ? ORDER BY movement_id DESC", sku.value(), before, limit);
    Long next = entries.size() < limit ? null : entries.get(entries.size() - 1).movementId();
    return new LedgerPage(sku.value(), entries, null, next);
  }

  /** The movements that name the order, oldest first, at most {@code limit}. */
  public OrderLedger orderLedger(OrderId order, int limit) {
    List<LedgerEntry> entries =
        entries(
            "order_id = ? AND movement_id > ? ORDER BY movement_id", order.value(), 0L, limit + 1);
    boolean truncated = entries.size() > limit;
    return new OrderLedger(
        order.value(), truncated ? entries.subList(0, limit) : entries, truncated);
  }

  private void requireSku(Sku sku) {
    if (skus.find(sku).isEmpty()) {
      throw SkuRepository.unknown(sku);
    }
  }

  private List<LedgerEntry> entries(String where, String key, long bound, int limit) {
    return jdbc.sql(
            "SELECT movement_id, sku, from_bucket, to_bucket, quantity, location_id, order_id,"
                + " reservation_id, allocation_id, operation, actor, principal, reason,"
                + " idempotency_key, created_at FROM ledger WHERE "
                + where
                + " LIMIT ?")
        .params(key, bound, limit)
        .query(
            (rs, i) ->
                new LedgerEntry(
                    rs.getLong("movement_id"),
                    rs.getString("sku"),
                    rs.getString("from_bucket"),
                    rs.getString("to_bucket"),
                    rs.getLong("quantity"),
                    rs.getString("location_id"),
                    rs.getString("order_id"),
                    uuid(rs.getObject("reservation_id", UUID.class)),
                    uuid(rs.getObject("allocation_id", UUID.class)),
                    rs.getString("operation"),
                    rs.getString("actor"),
                    rs.getString("principal"),
                    rs.getString("reason"),
                    rs.getString("idempotency_key"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  public OrderInventoryView order(OrderId order) {
    return new OrderInventoryView(
        order.value(),
        reservations.ofOrder(order).stream().map(Views::reservation).toList(),
        allocations.ofOrder(order).stream().map(Views::allocation).toList());
  }

  private static String uuid(UUID id) {
    return id == null ? null : id.toString();
  }
}
