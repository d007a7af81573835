package com.wms.inventory.api;

import java.util.List;

/** A page of a SKU's ledger; pass {@code nextAfter} as {@code after} for the next page. */
public record LedgerPage(String sku, List<LedgerEntry> entries, Long nextAfter) {}
