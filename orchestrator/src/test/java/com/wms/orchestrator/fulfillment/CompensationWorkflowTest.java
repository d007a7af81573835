package com.wms.orchestrator.fulfillment;

import static com.wms.orchestrator.fulfillment.FakeInventory.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.order.AllocationStatus;
import com.wms.orchestrator.order.OrderActivities.NotifyOrderEventInput;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.OrderView.AllocationRef;
import com.wms.orchestrator.order.Stage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Compensation under trouble: the inventory service down while an order is undone, and signals that
 * arrive while it is.
 */
class CompensationWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  private OrderWorkflowHarness h;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment env) {
    h = new OrderWorkflowHarness(env);
  }

  @Test
  void compensationThatKeepsFailingEndsInNeedsReconciliationWithTheFailedItems() {
    // A full pick leaves nothing to release when staged; the service is down afterwards.
    doThrow(unavailable()).when(h.inventory).releaseInventoryReservation(any());
    doThrow(unavailable()).when(h.inventory).returnInventoryToShelf(any());

    OrderView view = h.cancelAfterStaging("c-5");

    assertThat(view.status()).isEqualTo(OrderStatus.NEEDS_RECONCILIATION);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.reason()).isEqualTo("cancelled: address invalid");
    assertThat(view.failures())
        .containsExactly(
            "INVENTORY_UNAVAILABLE: SKU-A alloc-SKU-A",
            "INVENTORY_UNAVAILABLE: SKU-B alloc-SKU-B",
            "INVENTORY_UNAVAILABLE: null reservations of c-5");
    assertThat(view.allocations())
        .extracting(AllocationRef::status)
        .containsOnly(AllocationStatus.STAGED);
    int attempts = InventoryActivityOptions.COMPENSATION_MAX_ATTEMPTS;
    verify(h.inventory, times(attempts)).returnInventoryToShelf(any());
    verify(h.inventory, times(attempts)).releaseInventoryReservation(release("c-5"));
    verify(h.orders)
        .notifyOrderEvent(
            new NotifyOrderEventInput("c-5", "needs_reconciliation", "cancelled: address invalid"));
  }

  @Test
  void compensationWhileTheInventoryServiceIsDownStillEndsInNeedsReconciliation() {
    doThrow(unavailable()).when(h.inventory).releaseInventoryReservation(any());
    doThrow(unavailable()).when(h.inventory).returnInventoryToShelf(any());
    doThrow(unavailable()).when(h.inventory).getOrderAllocations(any());

    h.start("c-6");
    h.pickCompleted("c-6", FakeInventory.fullPick());
    h.awaitPacking("c-6");
    h.cancel("c-6", "address invalid");
    OrderView view = h.result("c-6");

    // The allocations the workflow staged itself are what it tries to return then.
    assertThat(view.status()).isEqualTo(OrderStatus.NEEDS_RECONCILIATION);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.failures())
        .contains(
            "INVENTORY_UNAVAILABLE: SKU-A alloc-SKU-A",
            "INVENTORY_UNAVAILABLE: SKU-B alloc-SKU-B",
            "INVENTORY_UNAVAILABLE: null reservations of c-6");
    verify(h.inventory, times(InventoryActivityOptions.COMPENSATION_MAX_ATTEMPTS))
        .returnInventoryToShelf(any());
  }

  private static ApplicationFailure unavailable() {
    return ApplicationFailure.newFailure("inventory service unavailable", "INVENTORY_UNAVAILABLE");
  }
}
