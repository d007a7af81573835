package com.wms.app;

import com.wms.inventory.api.ReturnToShelfRequest;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.stock.AllocationService;
import com.wms.inventory.service.stock.Caller;
import com.wms.inventory.service.stock.ReservationService;
import com.wms.orchestrator.fulfillment.WorkflowIds;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dev mode keeps Temporal in memory, so after a restart with --data-dir the workflows of orders in
 * flight are gone while their stock is still reserved or allocated. On start this releases the
 * reservations and returns the allocations of every order placed through the order API whose
 * workflow no longer runs, each as a ledger movement, and marks the order failed.
 */
final class Reconciliation {
  private static final Caller ACTOR = Caller.of("dev-reconciliation", null);
  private static final String WHY = "workflow lost when wms dev restarted";

  private final JdbcClient jdbc;
  private final WorkflowClient temporal;
  private final ReservationService reservations;
  private final AllocationService allocations;

  Reconciliation(ApplicationContext context) {
    this.jdbc = context.getBean(JdbcClient.class);
    this.temporal = context.getBean(WorkflowClient.class);
    this.reservations = context.getBean(ReservationService.class);
    this.allocations = context.getBean(AllocationService.class);
  }

  /** What reconciliation did; empty on a clean start. */
  record Report(List<String> orders, long releasedUnits, int returnedAllocations) {
    boolean any() {
      return !orders.isEmpty();
    }

    @Override
    public String toString() {
      return orders.size()
          + " order(s) whose workflow was lost: "
          + releasedUnits
          + " reserved unit(s) released, "
          + returnedAllocations
          + " allocation(s) returned to the shelf "
          + orders;
    }
  }

  Report run() {
    List<String> candidates =
        jdbc.sql(
                "SELECT DISTINCT o.order_id FROM customer_order o WHERE"
                    + " EXISTS (SELECT 1 FROM reservation r WHERE r.order_id = o.order_id"
                    + " AND r.status IN ('active', 'picked'))"
                    + " OR EXISTS (SELECT 1 FROM allocation a WHERE a.order_id = o.order_id"
                    + " AND a.status IN ('staged', 'packed')) ORDER BY o.order_id")
            .query(String.class)
            .list();
    List<String> lost = new ArrayList<>();
    long released = 0;
    int returned = 0;
    for (String orderId : candidates) {
      if (running(orderId)) {
        continue;
      }
      lost.add(orderId);
      for (AllocationRow a : allocationsOf(orderId)) {
        allocations.returnToShelf(
            Sku.of(a.sku()),
            new ReturnToShelfRequest(a.allocationId(), "dev-reconciliation", WHY),
            ACTOR);
        returned++;
      }
      released += reservations.release(OrderId.of(orderId), ACTOR, WHY).releasedUnits();
      jdbc.sql(
              "UPDATE customer_order SET status = 'failed', stage = 'done',"
                  + " view = jsonb_set(jsonb_set(jsonb_set(view, '{status}', '\"failed\"'),"
                  + " '{stage}', '\"done\"'), '{reason}', to_jsonb(?::text)), updated_at = now()"
                  + " WHERE order_id = ?")
          .params(WHY, orderId)
          .update();
    }
    return new Report(lost, released, returned);
  }

  private boolean running(String orderId) {
    try {
      WorkflowExecutionInfo info =
          temporal
              .newUntypedWorkflowStub(WorkflowIds.order(orderId))
              .describe()
              .getRawDescription()
              .getWorkflowExecutionInfo();
      return info.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (WorkflowNotFoundException e) {
      return false;
    }
  }

  private List<AllocationRow> allocationsOf(String orderId) {
    return jdbc.sql(
            "SELECT sku, allocation_id::text FROM allocation WHERE order_id = ?"
                + " AND status IN ('staged', 'packed') ORDER BY allocation_id")
        .param(orderId)
        .query((rs, i) -> new AllocationRow(rs.getString(1), rs.getString(2)))
        .list();
  }

  private record AllocationRow(String sku, String allocationId) {}
}
