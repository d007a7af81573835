package com.wms.orchestrator.cancellation;

import com.wms.orchestrator.cancellation.CancellationRecords.CancellationInput;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationResult;
import java.util.List;

/** See {@link OrderCancellationWorkflow}. */
public class OrderCancellationWorkflowImpl implements OrderCancellationWorkflow {
  @Override
  public CancellationResult cancel(CancellationInput input) {
    return new Compensation()
        .run(new CancellationInput(input.orderId(), input.reason(), input.returnedBy(), List.of()));
  }
}
