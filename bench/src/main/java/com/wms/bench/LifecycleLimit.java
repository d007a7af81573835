package com.wms.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The limit of the lifecycle: per step only the rows the step must write, each with a conditional
 * statement (one round trip each), then the commit; no SKU lock, no idempotency record, no HTTP. It
 * writes what the service writes (balances, reservation, allocation, ledger), so the audit holds
 * for its SKUs too.
 */
final class LifecycleLimit implements LifecycleRun.Client {
  private static final String LEDGER =
      "INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, order_id,"
          + " reservation_id, allocation_id, operation, idempotency_key)"
          + " VALUES (?, ?, ?, 1, 'A-01', ?, ?, ?, ?, ?)";

  private final Connection c;
  private final String sku;
  private final String prefix;
  private final PreparedStatement takeShelf;
  private final PreparedStatement insertReservation;
  private final PreparedStatement pickReservation;
  private final PreparedStatement pickShelf;
  private final PreparedStatement insertAllocation;
  private final PreparedStatement stageReservation;
  private final PreparedStatement packAllocation;
  private final PreparedStatement shipAllocation;
  private final PreparedStatement fulfilReservation;
  private final PreparedStatement shipSku;
  private final PreparedStatement ledger;

  LifecycleLimit(String url, String sku, String tag) throws SQLException {
    this.c = Db.connect(url);
    c.setAutoCommit(false);
    this.sku = sku;
    this.prefix = "LL-" + tag + "-";
    takeShelf =
        c.prepareStatement(
            "UPDATE stock_location SET available = available - 1, reserved = reserved + 1"
                + " WHERE sku = ? AND location_id = 'A-01' AND available >= 1");
    insertReservation =
        c.prepareStatement(
            "INSERT INTO reservation (reservation_id, order_id, sku, location_id, quantity,"
                + " reserved, status, expires_at)"
                + " VALUES (?, ?, ?, 'A-01', 1, 1, 'active', now() + interval '1 day')");
    pickReservation =
        c.prepareStatement(
            "UPDATE reservation SET reserved = reserved - 1, picked = picked + 1,"
                + " status = 'picked' WHERE reservation_id = ? AND reserved >= 1");
    pickShelf =
        c.prepareStatement(
            "UPDATE stock_location SET reserved = reserved - 1"
                + " WHERE sku = ? AND location_id = 'A-01' AND reserved >= 1");
    insertAllocation =
        c.prepareStatement(
            "INSERT INTO allocation (allocation_id, reservation_id, order_id, sku,"
                + " source_location_id, staging_location_id, quantity, status)"
                + " VALUES (?, ?, ?, ?, 'A-01', 'STAGE-1', 1, 'staged')");
    stageReservation =
        c.prepareStatement(
            "UPDATE reservation SET picked = 0, status = 'staged'"
                + " WHERE reservation_id = ? AND status = 'picked' AND picked = 1");
    packAllocation =
        c.prepareStatement(
            "UPDATE allocation SET status = 'packed' WHERE allocation_id = ? AND status = 'staged'");
    shipAllocation =
        c.prepareStatement(
            "UPDATE allocation SET status = 'shipped' WHERE allocation_id = ? AND status = 'packed'");
    fulfilReservation =
        c.prepareStatement(
            "UPDATE reservation SET status = 'fulfilled'"
                + " WHERE reservation_id = ? AND status = 'staged'");
    shipSku = c.prepareStatement("UPDATE sku SET shipped = shipped + 1 WHERE sku = ?");
    ledger = c.prepareStatement(LEDGER);
    takeShelf.setString(1, sku);
    pickShelf.setString(1, sku);
    shipSku.setString(1, sku);
  }

  @Override
  public long[] cycle(long i) throws SQLException {
    String order = prefix + i;
    UUID reservation = UUID.randomUUID();
    UUID allocation = UUID.randomUUID();
    long[] took = new long[5];
    long t0 = System.nanoTime();
    one(takeShelf);
    insertReservation.setObject(1, reservation);
    insertReservation.setString(2, order);
    insertReservation.setString(3, sku);
    one(insertReservation);
    ledger(order, "available", "reserved", reservation, null, "reserve");
    long t1 = System.nanoTime();
    pickReservation.setObject(1, reservation);
    one(pickReservation);
    one(pickShelf);
    ledger(order, "reserved", "picked", reservation, null, "pick");
    long t2 = System.nanoTime();
    insertAllocation.setObject(1, allocation);
    insertAllocation.setObject(2, reservation);
    insertAllocation.setString(3, order);
    insertAllocation.setString(4, sku);
    one(insertAllocation);
    stageReservation.setObject(1, reservation);
    one(stageReservation);
    ledger(order, "picked", "staged", reservation, allocation, "stage");
    long t3 = System.nanoTime();
    packAllocation.setObject(1, allocation);
    one(packAllocation);
    ledger(order, "staged", "packed", null, allocation, "pack");
    long t4 = System.nanoTime();
    shipAllocation.setObject(1, allocation);
    one(shipAllocation);
    fulfilReservation.setObject(1, reservation);
    one(fulfilReservation);
    one(shipSku);
    ledger(order, "packed", "shipped", null, allocation, "ship");
    long t5 = System.nanoTime();
    took[0] = t1 - t0;
    took[1] = t2 - t1;
    took[2] = t3 - t2;
    took[3] = t4 - t3;
    took[4] = t5 - t4;
    return took;
  }

  /** Appends the step's ledger row and commits the step. */
  private void ledger(
      String order, String from, String to, UUID reservation, UUID allocation, String operation)
      throws SQLException {
    ledger.setString(1, sku);
    ledger.setString(2, from);
    ledger.setString(3, to);
    ledger.setString(4, order);
    ledger.setObject(5, reservation);
    ledger.setObject(6, allocation);
    ledger.setString(7, operation);
    ledger.setString(8, operation + ":" + order);
    one(ledger);
    c.commit();
  }

  private void one(PreparedStatement s) throws SQLException {
    if (s.executeUpdate() != 1) {
      c.rollback();
      throw new IllegalStateException("limit: a conditional statement matched no row");
    }
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
