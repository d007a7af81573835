package com.wms.orchestrator.order;

import java.util.List;

/**
 * {@code POST /api/v1/orders}. {@code autoPack} (default false) packs right after staging instead
 * of waiting for {@code /packed}.
 */
public record OrderRequest(
    String orderId, String customerId, String priority, List<OrderLine> items, Boolean autoPack) {}
