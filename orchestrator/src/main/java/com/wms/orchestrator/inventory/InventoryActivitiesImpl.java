package com.wms.orchestrator.inventory;

import static com.wms.orchestrator.inventory.Failures.call;

import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.PackRequest;
import com.wms.inventory.api.PickRequest;
import com.wms.inventory.api.ReleaseResponse;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.api.ReserveLine;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.api.ReserveResponse;
import com.wms.inventory.api.ReturnToShelfRequest;
import com.wms.inventory.api.ShipRequest;
import com.wms.inventory.api.ShortageRequest;
import com.wms.inventory.api.ShortageResponse;
import com.wms.inventory.api.StageRequest;
import com.wms.inventory.client.InventoryClient;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationInfo;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.GetOrderAllocationsInput;
import com.wms.orchestrator.inventory.ActivityRecords.GetOrderAllocationsOutput;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsInput;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsOutput;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemOutcome;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReservationRef;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReservedLine;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryOutput;
import com.wms.orchestrator.inventory.ItemBatch.Line;
import com.wms.orchestrator.inventory.Lines.AllocationLine;
import com.wms.orchestrator.inventory.Lines.PickLine;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link InventoryActivities} over the inventory HTTP API. Stateless and thread-safe; register one
 * instance per worker.
 */
public final class InventoryActivitiesImpl implements InventoryActivities {
  private static final Logger log = LoggerFactory.getLogger(InventoryActivitiesImpl.class);

  private final InventoryClient client;
  private final Duration outageBudget;

  /** With no outage budget: every unavailable answer goes straight to Temporal's retry policy. */
  public InventoryActivitiesImpl(InventoryClient client) {
    this(client, Duration.ZERO);
  }

  /**
   * @param outageBudget how long one attempt keeps trying a call while the service is unavailable
   *     (connection refused, timeout, 5xx) before it fails and Temporal retries
   */
  public InventoryActivitiesImpl(InventoryClient client, Duration outageBudget) {
    this.outageBudget = Objects.requireNonNull(outageBudget, "outageBudget");
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public ReserveInventoryOutput reserveInventory(ReserveInventoryInput input) {
    String orderId = requireOrderId(input == null ? null : input.orderId());
    if (input.items() == null || input.items().isEmpty() || input.items().contains(null)) {
      throw Failures.invalid("ReserveInventory needs at least one item and no null items");
    }
    List<ReserveLine> lines =
        input.items().stream().map(i -> new ReserveLine(i.sku(), (long) i.quantity())).toList();
    ReserveResponse response =
        call(
            () ->
                client.reserve(
                    new ReserveRequest(orderId, lines), IdempotencyKeys.reserve(orderId)),
            outageBudget);
    List<ReservedLine> reserved = response.reservations().stream().map(Results::reserved).toList();
    log.info("reserved orderId={} reservations={}", orderId, reserved.size());
    return new ReserveInventoryOutput(orderId, reserved);
  }

  @Override
  public GetReservationIdsOutput getReservationIds(GetReservationIdsInput input) {
    String orderId = requireOrderId(input == null ? null : input.orderId());
    OrderInventoryView view = call(() -> client.getOrderInventory(orderId), outageBudget);
    List<ReservationRef> refs = view.reservations().stream().map(Results::ref).toList();
    return new GetReservationIdsOutput(orderId, refs);
  }

  @Override
  public GetOrderAllocationsOutput getOrderAllocations(GetOrderAllocationsInput input) {
    String orderId = requireOrderId(input == null ? null : input.orderId());
    OrderInventoryView view = call(() -> client.getOrderInventory(orderId), outageBudget);
    return new GetOrderAllocationsOutput(
        orderId,
        view.allocations().stream()
            .map(
                a ->
                    new AllocationInfo(
                        a.allocationId(), a.reservationId(), a.sku(), a.quantity(), a.status()))
            .toList());
  }

  @Override
  public InventoryBatchResult confirmInventoryPick(ConfirmInventoryPickInput input) {
    String orderId = requireOrderId(input == null ? null : input.orderId());
    List<Line<PickLine>> lines = Lines.picks(input.pickedItems());
    List<ItemOutcome> results =
        ItemBatch.run(
            "ConfirmInventoryPick",
            orderId,
            lines,
            p -> {
              String key = IdempotencyKeys.pick(orderId, p.sku(), p.locationId());
              client.pick(
                  p.sku(), new PickRequest(orderId, p.locationId(), p.quantity(), null), key);
              return ItemOutcome.success(
                  p.sku(), Lines.pickItem(p.sku(), p.locationId()), null, p.quantity());
            },
            outageBudget);
    return Results.batch(orderId, results);
  }

  @Override
  public ReleaseInventoryReservationOutput releaseInventoryReservation(
      ReleaseInventoryReservationInput input) {
    String id = requireOrderId(input == null ? null : input.orderId());
    ReleaseResponse response =
        call(() -> client.release(id, IdempotencyKeys.release(id)), outageBudget);
    List<String> reservationIds =
        response.released().stream().map(ReservationView::reservationId).toList();
    log.info(
        "released orderId={} units={} reservations={}",
        id,
        response.releasedUnits(),
        reservationIds.size());
    return new ReleaseInventoryReservationOutput(id, response.releasedUnits(), reservationIds);
  }

  @Override
  public StageInventoryOutput stageInventory(StageInventoryInput input) {
    if (input == null) {
      throw Failures.invalid("StageInventory needs an input");
    }
    List<Line<Lines.StageLine>> lines = Lines.stages(input.items());
    List<ItemOutcome> results =
        ItemBatch.run(
            "StageInventory",
            input.orderId(),
            lines,
            s -> {
              StageRequest request =
                  new StageRequest(s.reservationId(), input.stagingLocationId(), input.stagedBy());
              AllocationView a =
                  client.stage(s.sku(), request, IdempotencyKeys.stage(s.reservationId()));
              return ItemOutcome.success(
                  s.sku(), s.reservationId(), a.allocationId(), a.quantity());
            },
            outageBudget);
    return Results.staged(results);
  }

  @Override
  public InventoryBatchResult packInventory(PackInventoryInput input) {
    if (input == null) {
      throw Failures.invalid("PackInventory needs an input");
    }
    return allocations(
        "PackInventory",
        input.orderId(),
        Lines.allocations(input.items(), i -> i.sku(), i -> i.allocationId()),
        a ->
            client.pack(
                a.sku(),
                new PackRequest(a.allocationId(), input.packedBy()),
                IdempotencyKeys.pack(a.allocationId())));
  }

  @Override
  public InventoryBatchResult shipInventory(ShipInventoryInput input) {
    if (input == null) {
      throw Failures.invalid("ShipInventory needs an input");
    }
    return allocations(
        "ShipInventory",
        input.orderId(),
        Lines.allocations(input.items(), i -> i.sku(), i -> i.allocationId()),
        a ->
            client.ship(
                a.sku(),
                new ShipRequest(a.allocationId(), null),
                IdempotencyKeys.ship(a.allocationId())));
  }

  @Override
  public InventoryBatchResult returnInventoryToShelf(ReturnInventoryToShelfInput input) {
    if (input == null) {
      throw Failures.invalid("ReturnInventoryToShelf needs an input");
    }
    return allocations(
        "ReturnInventoryToShelf",
        input.orderId(),
        Lines.allocations(input.items(), i -> i.sku(), i -> i.allocationId()),
        a ->
            client.returnToShelf(
                a.sku(),
                new ReturnToShelfRequest(a.allocationId(), input.returnedBy(), input.reason()),
                IdempotencyKeys.returnToShelf(a.allocationId())));
  }

  @Override
  public RecordStockShortageOutput recordStockShortage(RecordStockShortageInput input) {
    if (input == null || Lines.blank(input.sku()) || Lines.blank(input.locationId())) {
      throw Failures.invalid("RecordStockShortage needs a sku and a locationId");
    }
    ShortageRequest request =
        new ShortageRequest(
            input.locationId(),
            input.orderId(),
            (long) input.expectedQty(),
            (long) input.actualQty(),
            input.reason(),
            input.reportedBy());
    String key = IdempotencyKeys.shortage(input.orderId(), input.sku(), input.locationId());
    ShortageResponse response =
        call(() -> client.recordShortage(input.sku(), request, key), outageBudget);
    log.info(
        "shortage recorded orderId={} sku={} locationId={} shortfall={} recorded={} reason={}",
        input.orderId(),
        input.sku(),
        input.locationId(),
        response.shortfall(),
        response.recorded(),
        response.reason());
    return new RecordStockShortageOutput(
        response.sku(), response.locationId(), response.shortfall(), response.recorded());
  }

  private InventoryBatchResult allocations(
      String activity,
      String orderId,
      List<Line<AllocationLine>> lines,
      Function<AllocationLine, AllocationView> move) {
    List<ItemOutcome> results =
        ItemBatch.run(
            activity,
            orderId,
            lines,
            a -> {
              AllocationView view = move.apply(a);
              return ItemOutcome.success(
                  a.sku(), a.allocationId(), a.allocationId(), view.quantity());
            },
            outageBudget);
    return Results.batch(orderId, results);
  }

  private static String requireOrderId(String orderId) {
    if (Lines.blank(orderId)) {
      throw Failures.invalid("orderId is required");
    }
    return orderId;
  }
}
