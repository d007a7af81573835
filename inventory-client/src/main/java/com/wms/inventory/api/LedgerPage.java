package com.wms.inventory.api;

import java.util.List;

/**
 * A page of a SKU's ledger. Oldest first: pass {@code nextAfter} as {@code after} for the next
 * page. Newest first ({@code order=desc}): pass {@code nextBefore} as {@code before}. The one that
 * does not apply, and both on the last page, are null.
 */
public record LedgerPage(String sku, List<LedgerEntry> entries, Long nextAfter, Long nextBefore) {}
