package com.wms.inventory.service.model;

import java.time.Instant;

/**
 * A soft reservation as the model holds it: {@code reserved} units still on the shelf, {@code
 * picked} units in a tote. Open while {@code active} or {@code picked}.
 */
final class ModelReservation {
  String id;
  final String order;
  final String sku;
  final String location;
  final long quantity;
  final Instant expiresAt;
  long reserved;
  long picked;
  String status = "active";

  ModelReservation(
      String id, String order, String sku, String location, long quantity, Instant expiresAt) {
    this.id = id;
    this.order = order;
    this.sku = sku;
    this.location = location;
    this.quantity = quantity;
    this.expiresAt = expiresAt;
    this.reserved = quantity;
  }

  boolean open() {
    return status.equals("active") || status.equals("picked");
  }

  /** Closes the reservation: whatever it still held is no longer in its buckets. */
  void close(String finalStatus) {
    status = finalStatus;
    reserved = 0;
    picked = 0;
  }
}
