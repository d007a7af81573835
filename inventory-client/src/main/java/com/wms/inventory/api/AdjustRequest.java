package com.wms.inventory.api;

/**
 * {@code POST /api/v1/inventory/{sku}/adjust}: a cycle count ({@code newQuantity}, the units
 * counted on the shelf) or a correction ({@code delta}); exactly one of the two.
 */
public record AdjustRequest(
    String locationId, Long newQuantity, Long delta, String reason, String createdBy) {}
