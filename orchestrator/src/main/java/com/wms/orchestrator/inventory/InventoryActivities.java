package com.wms.orchestrator.inventory;

import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.GetOrderAllocationsInput;
import com.wms.orchestrator.inventory.ActivityRecords.GetOrderAllocationsOutput;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsInput;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsOutput;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryOutput;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The inventory activities of the seed page, plus ReserveInventory and GetReservationIds. Every
 * activity reaches stock only through the inventory HTTP API and sends an Idempotency-Key built
 * from business identity, so a retried or re-executed activity never moves a unit twice.
 *
 * <p>Failure semantics shared by the multi-item activities (ConfirmInventoryPick, StageInventory,
 * PackInventory, ShipInventory, ReturnInventoryToShelf): items are processed one by one with a
 * heartbeat per item; an item the service refuses (a 4xx problem) is recorded in the result's
 * {@code failures} with its error code and processing continues; the activity fails only when every
 * item failed, with a non-retryable {@code ApplicationFailure} whose type is the common code (or
 * {@code ALL_ITEMS_FAILED}) and whose one detail is the {@code List<ItemFailure>} of every item. A
 * 5xx, timeout or connection failure on any item heartbeats the progress so far and is thrown as a
 * retryable {@code INVENTORY_UNAVAILABLE} failure; the retry resumes after the last heartbeated
 * item (heartbeat details: {@code BatchProgress}). Duplicate items of one input are merged first,
 * so each idempotency key is sent with one request; items that cannot be sent (blank ids, quantity
 * below 1) are reported as {@code VALIDATION_FAILED}. An empty input succeeds and does nothing.
 *
 * <p>The single-call activities (ReserveInventory, GetReservationIds, ReleaseInventoryReservation,
 * RecordStockShortage) fail on a refusal with a non-retryable {@code ApplicationFailure} whose type
 * is the problem code, and on an outage with a retryable {@code INVENTORY_UNAVAILABLE}. Options for
 * calling them are in {@link InventoryActivityOptions}.
 *
 * <p>Keys are per business identity, not per call: running an activity again with the same identity
 * but a different request (say a second, separate pick of the same order, SKU and location) is
 * refused with {@code IDEMPOTENCY_KEY_REUSED}, and the same request again replays the first answer.
 *
 * <p>Activity type names are the capitalized method names (e.g. {@code ConfirmInventoryPick}) and
 * are never renamed once released.
 */
@ActivityInterface
public interface InventoryActivities {

  /**
   * Soft-reserves every line of an order, all or nothing. Movement: available(L) → reserved(R).
   * Key: {@code reserve:{orderId}}. Fails non-retryably with {@code INSUFFICIENT_STOCK} when any
   * line cannot be covered (details: the problem's {@code shortLines}); nothing is reserved then.
   */
  @ActivityMethod(name = "ReserveInventory")
  ReserveInventoryOutput reserveInventory(ReserveInventoryInput input);

  /**
   * The order's reservations (any status) with their ids, SKUs and picked quantities, so that the
   * picking workflow can stage them. Read only.
   */
  @ActivityMethod(name = "GetReservationIds")
  GetReservationIdsOutput getReservationIds(GetReservationIdsInput input);

  /**
   * The order's hard allocations as the inventory service holds them now, in any status. Read only;
   * compensation uses it so that an allocation created by an activity that finished while it was
   * being cancelled is returned too.
   */
  @ActivityMethod(name = "GetOrderAllocations")
  GetOrderAllocationsOutput getOrderAllocations(GetOrderAllocationsInput input);

  /**
   * Confirms picked items. Movement per item: reserved(R) → picked(R) at the item's location ("the
   * shelf is decremented" without touching on-hand, so a later ship cannot count it twice). Key:
   * {@code pick:{orderId}:{sku}:{locationId}}; picks of one SKU and location in the input are
   * summed into one request. Item id in the result: {@code {sku}@{locationId}}.
   */
  @ActivityMethod(name = "ConfirmInventoryPick")
  InventoryBatchResult confirmInventoryPick(ConfirmInventoryPickInput input);

  /**
   * Releases every open (unstaged) reservation of the order. Movements: reserved(R) → available(L)
   * and picked(R) → available(L). Key: {@code release:{orderId}}. Releasing an order with nothing
   * open succeeds and releases nothing. Because the key is per order, a second release of the same
   * order replays the first answer: reservations made after the first release are not released by
   * it.
   */
  @ActivityMethod(name = "ReleaseInventoryReservation")
  ReleaseInventoryReservationOutput releaseInventoryReservation(
      ReleaseInventoryReservationInput input);

  /**
   * Converts each reservation into a hard allocation at the staging location and returns the real
   * allocation ids the service created. Movement: picked(R) (or reserved(R) when nothing was
   * picked) → staged(A). Key: {@code stage:{reservationId}}, so a retry answers the allocation ids
   * of the first attempt. Returns the partial result when some reservations fail ({@code
   * failedItems} holds their reservation ids).
   */
  @ActivityMethod(name = "StageInventory")
  StageInventoryOutput stageInventory(StageInventoryInput input);

  /**
   * Marks allocations packed. Movement: staged(A) → packed(A). Key: {@code pack:{allocationId}}.
   */
  @ActivityMethod(name = "PackInventory")
  InventoryBatchResult packInventory(PackInventoryInput input);

  /**
   * Ships allocations; the only place units of an order leave on-hand stock. Movement: packed(A) →
   * shipped. Key: {@code ship:{allocationId}}.
   */
  @ActivityMethod(name = "ShipInventory")
  InventoryBatchResult shipInventory(ShipInventoryInput input);

  /**
   * Compensation: staged or packed allocations go back to available at their source location.
   * Movement: staged(A)/packed(A) → available(L). Key: {@code return:{allocationId}}.
   */
  @ActivityMethod(name = "ReturnInventoryToShelf")
  InventoryBatchResult returnInventoryToShelf(ReturnInventoryToShelfInput input);

  /**
   * Records units the shelf did not have. Movement: reserved(R of this order) → lost, then
   * available(L) → lost, then other reservations at L → lost. Key: {@code
   * shortage:{orderId}:{sku}:{locationId}}. Fails non-retryably with {@code VALIDATION_FAILED} when
   * {@code actualQty} is not below {@code expectedQty} or the reason is not one of {@code
   * not_found}, {@code damaged}, {@code quantity_mismatch}.
   */
  @ActivityMethod(name = "RecordStockShortage")
  RecordStockShortageOutput recordStockShortage(RecordStockShortageInput input);
}
