package com.wms.inventory.api;

import java.time.Instant;

/**
 * A reservation: {@code quantity} as reserved, {@code reservedQuantity} still on the shelf, {@code
 * pickedQuantity} in a tote. Status: active, picked, staged, fulfilled, cancelled, expired.
 */
public record ReservationView(
    String reservationId,
    String orderId,
    String sku,
    String locationId,
    long quantity,
    long reservedQuantity,
    long pickedQuantity,
    String status,
    Instant expiresAt) {}
