package com.wms.inventory.api;

/** One line of a reservation request. */
public record ReserveLine(String sku, Long quantity) {}
