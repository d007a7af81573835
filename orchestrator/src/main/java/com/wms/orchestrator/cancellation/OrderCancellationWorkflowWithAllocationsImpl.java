package com.wms.orchestrator.cancellation;

import com.wms.orchestrator.cancellation.CancellationRecords.CancellationInput;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationResult;

/** See {@link OrderCancellationWorkflowWithAllocations}. */
public class OrderCancellationWorkflowWithAllocationsImpl
    implements OrderCancellationWorkflowWithAllocations {
  @Override
  public CancellationResult cancel(CancellationInput input) {
    return new Compensation().run(input);
  }
}
