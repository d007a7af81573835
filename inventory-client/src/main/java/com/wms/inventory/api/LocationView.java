package com.wms.inventory.api;

/** The shelf of a SKU at one location. */
public record LocationView(String locationId, long available, long reserved) {}
