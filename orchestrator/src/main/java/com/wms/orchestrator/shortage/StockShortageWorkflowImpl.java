package com.wms.orchestrator.shortage;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageOutput;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageInput;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageNotice;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageResult;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/** See {@link StockShortageWorkflow}. */
public class StockShortageWorkflowImpl implements StockShortageWorkflow {
  private static final Logger log = Workflow.getLogger(StockShortageWorkflowImpl.class);

  private final InventoryActivities inventory = InventoryActivityOptions.stub();

  private ShortageDecision decision;
  private boolean awaiting;

  @Override
  public ShortageResult handle(ShortageInput input) {
    List<RecordStockShortageOutput> recorded = new ArrayList<>();
    List<ItemFailure> failures = new ArrayList<>();
    for (ShortItem item : input.shortItems()) {
      try {
        recorded.add(
            inventory.recordStockShortage(
                new RecordStockShortageInput(
                    item.sku(),
                    item.locationId(),
                    input.orderId(),
                    item.requestedQty(),
                    item.availableQty(),
                    item.reason(),
                    input.reportedBy())));
      } catch (ActivityFailure e) {
        // The order goes on; the failed record is reported, never dropped.
        failures.add(new ItemFailure(item.sku(), item.locationId(), code(e), message(e)));
      }
    }
    ShortageStrategy strategy =
        ShortageStrategy.decide(input.requestedUnits(), input.completedUnits(), input.threshold());
    double ratio = ShortageStrategy.ratio(input.requestedUnits(), input.completedUnits());
    log.info(
        "orderId={} shortage strategy={} ratio={}", input.orderId(), strategy.wireName(), ratio);
    if (input.notifyWorkflowId() != null) {
      Workflow.newExternalWorkflowStub(OrderFulfillmentWorkflow.class, input.notifyWorkflowId())
          .shortageDecided(new ShortageNotice(strategy.wireName(), ratio));
    }
    String decided;
    String decidedBy = "policy";
    switch (strategy) {
      case PARTIAL_SHIP -> decided = "ship";
      case FULL_BACKORDER -> decided = "cancel";
      default -> {
        awaiting = true;
        boolean answered =
            Workflow.await(
                Duration.ofSeconds(input.reviewTimeoutSeconds()), () -> decision != null);
        awaiting = false;
        if (answered) {
          decided = decision.decision();
          decidedBy = decision.decidedBy();
        } else {
          decided = "cancel";
          decidedBy = "review-timeout";
        }
      }
    }
    return new ShortageResult(
        input.orderId(), strategy.wireName(), ratio, decided, decidedBy, recorded, failures);
  }

  @Override
  public void resolveShortage(ShortageDecision decision) {
    if (this.decision == null
        && decision != null
        && ("ship".equals(decision.decision()) || "cancel".equals(decision.decision()))) {
      this.decision = decision;
    }
  }

  @Override
  public boolean awaitingDecision() {
    return awaiting;
  }

  static String code(ActivityFailure e) {
    return e.getCause() instanceof ApplicationFailure a ? a.getType() : "ACTIVITY_FAILED";
  }

  static String message(ActivityFailure e) {
    return e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
  }
}
