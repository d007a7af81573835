package com.wms.orchestrator.inventory.support;

import com.wms.inventory.api.CreateItemRequest;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.api.LedgerPage;
import com.wms.inventory.api.ReceiveRequest;
import com.wms.inventory.api.Totals;
import com.wms.inventory.client.InventoryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data and observations through the inventory API. Every test makes its own SKUs and orders,
 * so tests never see each other's stock in the shared database.
 */
public final class Warehouse {
  private final InventoryClient client;

  public Warehouse(InventoryClient client) {
    this.client = client;
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new SKU with {@code quantity} units available at {@code location}. */
  public String skuWithStock(String location, long quantity) {
    String sku = unique("SKU");
    client.createItem(
        new CreateItemRequest(sku, "Widget " + sku, 0L, 0L, List.of(location)), "create:" + sku);
    client.receive(
        sku, new ReceiveRequest(location, quantity, "PO-" + sku, "test"), "receive:" + sku);
    return sku;
  }

  public ItemView item(String sku) {
    return client.getItem(sku);
  }

  public Totals totals(String sku) {
    return client.getItem(sku).totals();
  }

  /** Every movement of the SKU, oldest first. */
  public List<LedgerEntry> ledger(String sku) {
    List<LedgerEntry> all = new ArrayList<>();
    long after = 0;
    while (true) {
      LedgerPage page = client.getLedger(sku, after, 1000);
      all.addAll(page.entries());
      if (page.nextAfter() == null || page.entries().isEmpty()) {
        return all;
      }
      after = page.nextAfter();
    }
  }

  /** The movements of the SKU made by one operation, such as {@code pick} or {@code ship}. */
  public List<LedgerEntry> movements(String sku, String operation) {
    return ledger(sku).stream().filter(e -> operation.equals(e.operation())).toList();
  }
}
