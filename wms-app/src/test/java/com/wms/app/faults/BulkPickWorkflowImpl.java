package com.wms.app.faults;

import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsInput;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryItem;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryOutput;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;

public class BulkPickWorkflowImpl implements BulkPickWorkflow {
  private final InventoryActivities inventory =
      Workflow.newActivityStub(
          InventoryActivities.class,
          ActivityOptions.newBuilder(InventoryActivityOptions.defaults())
              .setHeartbeatTimeout(Duration.ofSeconds(2))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofMillis(200))
                      .setMaximumAttempts(10)
                      .build())
              .build());

  @Override
  public BulkPickResult pickAndStage(String orderId, List<ConfirmInventoryPickItem> items) {
    InventoryBatchResult picked =
        inventory.confirmInventoryPick(new ConfirmInventoryPickInput(orderId, items));
    List<StageInventoryItem> toStage =
        inventory.getReservationIds(new GetReservationIdsInput(orderId)).reservations().stream()
            .filter(r -> "picked".equals(r.status()))
            .map(r -> new StageInventoryItem(r.sku(), r.reservationId()))
            .toList();
    StageInventoryOutput staged =
        inventory.stageInventory(new StageInventoryInput(orderId, "STAGE-F", "faults", toStage));
    return new BulkPickResult(
        picked.succeeded().size(), staged.stagedItems().size(), staged.allocationIds());
  }
}
