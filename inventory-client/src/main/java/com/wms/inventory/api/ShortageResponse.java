package com.wms.inventory.api;

import java.util.List;

/**
 * A recorded shortage: {@code shortfall} = expected − actual; {@code recorded} units moved to lost
 * (never more than the shelf was believed to hold); reservations that were cut.
 */
public record ShortageResponse(
    String sku,
    String locationId,
    String orderId,
    long expectedQty,
    long actualQty,
    long shortfall,
    long recorded,
    String reason,
    List<ReservationView> cutReservations) {}
