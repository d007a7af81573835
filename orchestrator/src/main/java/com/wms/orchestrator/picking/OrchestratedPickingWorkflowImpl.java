package com.wms.orchestrator.picking;

import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsInput;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.ReservationRef;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryItem;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.StagedItem;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.picking.PickingRecords.PickingInput;
import com.wms.orchestrator.picking.PickingRecords.PickingResult;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageInput;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageResult;
import com.wms.orchestrator.shortage.StockShortageWorkflow;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.workflow.ChildWorkflowCancellationType;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;

/** See {@link OrchestratedPickingWorkflow}. */
public class OrchestratedPickingWorkflowImpl implements OrchestratedPickingWorkflow {
  private static final Logger log = Workflow.getLogger(OrchestratedPickingWorkflowImpl.class);

  private final InventoryActivities inventory = InventoryActivityOptions.stub();

  private PickCompleted report;
  private boolean awaiting;

  @Override
  public PickingResult pick(PickingInput input) {
    awaiting = true;
    boolean reported =
        Workflow.await(Duration.ofSeconds(input.pickTimeoutSeconds()), () -> report != null);
    awaiting = false;
    if (!reported) {
      log.warn(
          "orderId={} no pickCompleted within {}s", input.orderId(), input.pickTimeoutSeconds());
      return new PickingResult(
          input.orderId(), true, null, List.of(), List.of(), List.of(), List.of(), null);
    }
    List<PickedItem> picked = report.pickedItems() == null ? List.of() : report.pickedItems();
    List<ItemFailure> pickFailures = List.of();
    if (!picked.isEmpty()) {
      InventoryBatchResult confirmed =
          inventory.confirmInventoryPick(
              new ConfirmInventoryPickInput(
                  input.orderId(),
                  picked.stream()
                      .map(p -> new ConfirmInventoryPickItem(p.sku(), p.quantity(), p.locationId()))
                      .toList()));
      pickFailures = confirmed.failures();
    }
    List<StageInventoryItem> toStage =
        inventory
            .getReservationIds(new GetReservationIdsInput(input.orderId()))
            .reservations()
            .stream()
            .filter(r -> "picked".equals(r.status()) && r.pickedQuantity() > 0)
            .map((ReservationRef r) -> new StageInventoryItem(r.sku(), r.reservationId()))
            .toList();
    List<StagedItem> staged = List.of();
    List<ItemFailure> stageFailures = List.of();
    if (!toStage.isEmpty()) {
      StageInventoryOutput out =
          inventory.stageInventory(
              new StageInventoryInput(
                  input.orderId(), input.stagingLocationId(), report.pickerId(), toStage));
      staged = out.stagedItems();
      stageFailures = out.failures() == null ? List.of() : out.failures();
    }
    ShortageResult shortage = null;
    if (report.shortItems() != null && !report.shortItems().isEmpty()) {
      long requested = input.lines().stream().mapToLong(l -> l.quantity()).sum();
      long completed = staged.stream().mapToLong(StagedItem::quantity).sum();
      StockShortageWorkflow child =
          Workflow.newChildWorkflowStub(
              StockShortageWorkflow.class,
              ChildWorkflowOptions.newBuilder()
                  .setWorkflowId("shortage-" + input.orderId())
                  .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_TERMINATE)
                  .setCancellationType(ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED)
                  .build());
      shortage =
          child.handle(
              new ShortageInput(
                  input.orderId(),
                  report.pickerId(),
                  report.shortItems(),
                  requested,
                  Math.min(completed, requested),
                  input.shortageThreshold(),
                  "order-" + input.orderId(),
                  input.reviewTimeoutSeconds()));
    }
    return new PickingResult(
        input.orderId(),
        false,
        report.pickerId(),
        picked,
        pickFailures,
        staged,
        stageFailures,
        shortage);
  }

  @Override
  public void pickCompleted(PickCompleted report) {
    if (this.report == null && report != null) {
      this.report = report;
    }
  }

  @Override
  public boolean awaitingPick() {
    return awaiting;
  }
}
