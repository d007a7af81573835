package com.wms.orchestrator.inventory;

import java.util.List;

/**
 * Inputs and outputs of {@link InventoryActivities}, with the seed's JSON field names. Records are
 * serialized by Temporal's Jackson converter; fields are only ever added, never renamed.
 */
public final class ActivityRecords {
  private ActivityRecords() {}

  /** One order line to reserve. */
  public record ReserveItem(String sku, int quantity) {}

  public record ReserveInventoryInput(String orderId, List<ReserveItem> items) {}

  /** A reservation made for an order line at one location. */
  public record ReservedLine(String reservationId, String sku, String locationId, long quantity) {}

  public record ReserveInventoryOutput(String orderId, List<ReservedLine> reservations) {}

  public record GetReservationIdsInput(String orderId) {}

  /** A reservation of the order as the inventory service sees it now. */
  public record ReservationRef(
      String reservationId,
      String sku,
      String locationId,
      long quantity,
      long reservedQuantity,
      long pickedQuantity,
      String status) {}

  /** A hard allocation of the order as the inventory service sees it now. */
  public record AllocationInfo(
      String allocationId, String reservationId, String sku, long quantity, String status) {}

  public record GetReservationIdsOutput(String orderId, List<ReservationRef> reservations) {}

  public record GetOrderAllocationsInput(String orderId) {}

  public record GetOrderAllocationsOutput(String orderId, List<AllocationInfo> allocations) {}

  public record ReleaseInventoryReservationInput(String orderId) {}

  public record ConfirmInventoryPickItem(String sku, int quantity, String locationId) {}

  public record ConfirmInventoryPickInput(
      String orderId, List<ConfirmInventoryPickItem> pickedItems) {}

  public record ReleaseInventoryReservationOutput(
      String orderId, long releasedUnits, List<String> reservationIds) {}

  public record StageInventoryItem(String sku, String reservationId) {}

  public record StageInventoryInput(
      String orderId, String stagingLocationId, String stagedBy, List<StageInventoryItem> items) {}

  public record StagedItem(String sku, String allocationId, String reservationId, long quantity) {}

  /**
   * The seed's output plus {@code failures}: {@code failedItems} keeps the seed's list of failed
   * reservation ids, {@code failures} says why each one failed.
   */
  public record StageInventoryOutput(
      List<StagedItem> stagedItems,
      List<String> failedItems,
      List<String> allocationIds,
      List<ItemFailure> failures) {}

  /** An allocation to pack, ship or return to the shelf. */
  public record AllocationItem(String sku, String allocationId) {}

  public record PackInventoryInput(String orderId, String packedBy, List<AllocationItem> items) {}

  public record ShipInventoryInput(String orderId, List<AllocationItem> items) {}

  public record ReturnInventoryToShelfInput(
      String orderId, String returnedBy, String reason, List<AllocationItem> items) {}

  public record RecordStockShortageInput(
      String sku,
      String locationId,
      String orderId,
      int expectedQty,
      int actualQty,
      String reason,
      String reportedBy) {}

  public record RecordStockShortageOutput(
      String sku, String locationId, long shortfall, long recorded) {}

  /**
   * An item a multi-item activity could not process.
   *
   * @param item what identifies the item besides its SKU: {@code {sku}@{locationId}} for a pick,
   *     the reservation id for a stage, the allocation id for pack, ship and return
   * @param code the inventory service's problem code, e.g. {@code UNKNOWN_SKU}; {@code
   *     VALIDATION_FAILED} also for an item the activity refused before sending it
   */
  public record ItemFailure(String sku, String item, String code, String message) {}

  /**
   * Result of a multi-item activity: what succeeded and every item that failed, with why. {@code
   * total} counts distinct items: duplicate items of one input are merged first (picks of the same
   * SKU and location add up). {@code succeeded} holds the {@link ItemFailure#item} of each success.
   */
  public record InventoryBatchResult(
      String orderId, int total, List<String> succeeded, List<ItemFailure> failures) {}

  /**
   * What happened to one item of a multi-item activity.
   *
   * @param item as {@link ItemFailure#item}
   * @param allocationId the allocation the item created or moved; null for a pick
   * @param quantity the units the item moved; 0 when it failed
   * @param code null when the item succeeded, else the problem code
   */
  public record ItemOutcome(
      String sku, String item, String allocationId, long quantity, String code, String message) {
    public static ItemOutcome success(String sku, String item, String allocationId, long quantity) {
      return new ItemOutcome(sku, item, allocationId, quantity, null, null);
    }

    public static ItemOutcome failure(String sku, String item, String code, String message) {
      return new ItemOutcome(sku, item, null, 0, code, message);
    }

    public boolean succeeded() {
      return code == null;
    }

    public ItemFailure asFailure() {
      return new ItemFailure(sku, item, code, message);
    }
  }

  /**
   * Heartbeat details of a multi-item activity: the first {@code done} of {@code total} items are
   * finished, with these results. A retried attempt skips them and keeps their results.
   */
  public record BatchProgress(int done, int total, List<ItemOutcome> results) {}
}
