package com.wms.app.replicas;

import com.wms.orchestrator.inventory.InventoryActivityOptions;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds a batch (a multi-item inventory activity: pick, stage, pack, ship, return to shelf) that a
 * given worker JVM is running now, by the worker identity ({@code pid@host}, the SDK's default) the
 * Temporal server records for a started activity, among the workflows of the orders still open.
 */
final class BatchesInFlight implements AutoCloseable {
  private final WorkflowServiceStubs stubs;
  private final JdbcClient jdbc;

  BatchesInFlight(String temporalTarget, JdbcClient jdbc) {
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(temporalTarget).build());
    this.jdbc = jdbc;
  }

  /** A batch running on the JVM with process id {@code pid}, e.g. "StageInventory of order-x". */
  Optional<String> runningOn(long pid) {
    List<String> open =
        jdbc.sql("SELECT order_id FROM customer_order WHERE status IN ('in_progress', 'on_hold')")
            .query(String.class)
            .list();
    for (String order : open) {
      String workflowId = "order-" + order;
      try {
        for (PendingActivityInfo a :
            stubs
                .blockingStub()
                .describeWorkflowExecution(
                    DescribeWorkflowExecutionRequest.newBuilder()
                        .setNamespace("default")
                        .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                        .build())
                .getPendingActivitiesList()) {
          if (a.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED
              && InventoryActivityOptions.MULTI_ITEM_ACTIVITIES.contains(
                  a.getActivityType().getName())
              && a.getLastWorkerIdentity().startsWith(pid + "@")) {
            return Optional.of(a.getActivityType().getName() + " of " + workflowId);
          }
        }
      } catch (StatusRuntimeException e) {
        // The order's workflow is not started yet, or gone: not this one.
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    stubs.shutdownNow();
  }
}
