package com.wms.inventory.service.model;

/** A hard allocation as the model holds it: staged, packed, shipped or returned. */
final class ModelAllocation {
  String id;
  final String reservationId;
  final String order;
  final String sku;
  final long quantity;
  final String source;
  final String staging;
  String status = "staged";

  ModelAllocation(
      String id,
      String reservationId,
      String order,
      String sku,
      long quantity,
      String source,
      String staging) {
    this.id = id;
    this.reservationId = reservationId;
    this.order = order;
    this.sku = sku;
    this.quantity = quantity;
    this.source = source;
    this.staging = staging;
  }
}
