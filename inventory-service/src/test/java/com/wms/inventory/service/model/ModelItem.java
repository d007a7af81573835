package com.wms.inventory.service.model;

import java.util.TreeMap;

/**
 * A SKU as the model holds it: its catalog data, the units available per location, and the counters
 * of units that entered and left the warehouse. Reserved units per location are not kept here; the
 * model derives them from the open reservations.
 */
final class ModelItem {
  final String sku;
  final String productName;
  final long reorderPoint;
  final long reorderQuantity;
  final TreeMap<String, Long> available = new TreeMap<>();
  long received;
  long shipped;
  long lost;
  long adjustedIn;
  long adjustedOut;

  ModelItem(String sku, String productName, long reorderPoint, long reorderQuantity) {
    this.sku = sku;
    this.productName = productName;
    this.reorderPoint = reorderPoint;
    this.reorderQuantity = reorderQuantity;
  }

  long availableAt(String location) {
    return available.getOrDefault(location, 0L);
  }

  void addAvailable(String location, long units) {
    available.merge(location, units, Long::sum);
  }
}
