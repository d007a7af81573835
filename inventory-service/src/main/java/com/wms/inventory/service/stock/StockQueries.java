package com.wms.inventory.service.stock;

import com.wms.inventory.api.ItemSummary;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.api.LedgerPage;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.Totals;
import com.wms.inventory.core.Allocation;
import com.wms.inventory.core.LocationStock;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.jdbc.Pipeline;
import com.wms.inventory.service.stock.ReservationRepository.StoredReservation;
import com.wms.inventory.service.stock.SkuRepository.SkuRow;
import java.util.List;
import java.util.UUID;
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
  private final Pipeline sql;

  StockQueries(
      SkuRepository skus,
      LocationRepository locations,
      ReservationRepository reservations,
      AllocationRepository allocations,
      Pipeline sql) {
    this.skus = skus;
    this.locations = locations;
    this.reservations = reservations;
    this.allocations = allocations;
    this.sql = sql;
  }

  public ItemView item(Sku sku) {
    SkuRow row = skus.find(sku).orElseThrow(() -> SkuRepository.unknown(sku));
    List<LocationStock> shelf = locations.all(sku);
    long picked =
        sql.query(
                "SELECT coalesce(sum(picked), 0) FROM reservation WHERE sku = ? AND"
                    + " status IN ('active', 'picked')",
                (rs, i) -> rs.getLong(1),
                sku.value())
            .get(0);
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

  public List<ItemSummary> list(boolean lowStock, String after, int limit) {
    return skus.list(lowStock, after, limit).stream()
        .map(
            row -> {
              List<LocationStock> shelf = locations.all(row.sku());
              long available = shelf.stream().mapToLong(LocationStock::available).sum();
              long onHand =
                  row.received()
                      + row.adjustedIn()
                      - row.shipped()
                      - row.lost()
                      - row.adjustedOut();
              return new ItemSummary(
                  row.sku().value(),
                  row.productName(),
                  available,
                  onHand,
                  row.reorderPoint(),
                  row.reorderQuantity(),
                  available <= row.reorderPoint());
            })
        .toList();
  }

  public LedgerPage ledger(Sku sku, long after, int limit) {
    if (skus.find(sku).isEmpty()) {
      throw SkuRepository.unknown(sku);
    }
    List<LedgerEntry> entries =
        sql.query(
            "SELECT movement_id, sku, from_bucket, to_bucket, quantity, location_id, order_id,"
                + " reservation_id, allocation_id, operation, actor, principal, reason,"
                + " idempotency_key, created_at FROM ledger WHERE sku = ? AND movement_id > ?"
                + " ORDER BY movement_id LIMIT ?",
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
                    rs.getTimestamp("created_at").toInstant()),
            sku.value(),
            after,
            limit);
    Long next = entries.size() < limit ? null : entries.get(entries.size() - 1).movementId();
    return new LedgerPage(sku.value(), entries, next);
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
