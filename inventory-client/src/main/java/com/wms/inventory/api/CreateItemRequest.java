package com.wms.inventory.api;

import java.util.List;

/** {@code POST /api/v1/inventory}: registers a SKU, optionally with its storage locations. */
public record CreateItemRequest(
    String sku,
    String productName,
    Long reorderPoint,
    Long reorderQuantity,
    List<String> locations) {}
