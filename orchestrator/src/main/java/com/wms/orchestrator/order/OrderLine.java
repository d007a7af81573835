package com.wms.orchestrator.order;

/** One line of an order: a SKU and how many units the customer wants. */
public record OrderLine(String sku, int quantity) {}
