package com.wms.orchestrator.shortage;

import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageInput;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageResult;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Records each short item (RecordStockShortage), then decides the strategy by fulfillment ratio:
 * partial_ship, hold_for_review (waits for {@code resolveShortage}) or full_backorder. Workflow id:
 * {@code shortage-{orderId}}.
 */
@WorkflowInterface
public interface StockShortageWorkflow {
  @WorkflowMethod
  ShortageResult handle(ShortageInput input);

  /** A supervisor decides an order on hold: ship what was picked, or cancel. */
  @SignalMethod
  void resolveShortage(ShortageDecision decision);

  /** True while the workflow waits for {@link #resolveShortage}. */
  @QueryMethod
  boolean awaitingDecision();
}
