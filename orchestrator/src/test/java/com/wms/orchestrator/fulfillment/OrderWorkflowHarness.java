package com.wms.orchestrator.fulfillment;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.CancelRequest;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentInput;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.order.OrderActivities;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.packing.PackingWorkflow;
import com.wms.orchestrator.picking.OrchestratedPickingWorkflow;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import com.wms.orchestrator.shortage.StockShortageWorkflow;
import com.wms.orchestrator.worker.WorkerLifecycle;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Every orchestrator workflow on task queue {@code orchestrator} in a time-skipping test
 * environment, with Mockito mocks for the activities (answers in {@link FakeInventory}) and the
 * steps a warehouse takes: pick, pack, cancel, resolve a shortage. Every order has the two lines of
 * {@link FakeInventory#LINES}.
 */
final class OrderWorkflowHarness {
  /** The worker's workflows, {@link OrderFulfillmentWorkflowImpl} first. */
  static final Class<?>[] WORKFLOWS = WorkerLifecycle.WORKFLOWS.toArray(Class<?>[]::new);

  /** Signals need the target to be running; real time, as time skips only during getResult. */
  private static final Duration SIGNAL_WAIT = Duration.ofSeconds(60);

  /**
   * The SDK's 1-second deadlock detection fails workflow tasks on a loaded 2-core build machine
   * (first Jackson use of a record type can take longer); a real deadlock still shows.
   */
  private static final WorkerOptions WORKER =
      WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(10_000).build();

  /**
   * The first workflow task of a cold JVM on a loaded machine can take over the default 10 s; a
   * timed-out task is retried and only slows the test down. Children inherit the parent's.
   */
  private static final Duration WORKFLOW_TASK_TIMEOUT = Duration.ofSeconds(60);

  final InventoryActivities inventory =
      mock(InventoryActivities.class, withSettings().withoutAnnotations());
  final OrderActivities orders = mock(OrderActivities.class, withSettings().withoutAnnotations());
  final WorkflowClient client;

  /**
   * The extension owns the environment (one per test); it is not started so that the worker on
   * {@code orchestrator} can be added first. Its own worker, on a per-test queue, stays idle.
   */
  static TestWorkflowExtension extension() {
    return TestWorkflowExtension.newBuilder()
        .registerWorkflowImplementationTypes(WORKFLOWS)
        .setUseTimeskipping(true)
        .setDoNotStart(true)
        .build();
  }

  OrderWorkflowHarness(TestWorkflowEnvironment env) {
    this.client = env.getWorkflowClient();
    FakeInventory.stub(inventory);
    when(orders.createBackorder(anyString(), anyList()))
        .thenAnswer(call -> "BO-" + call.getArgument(0));
    Worker worker = env.newWorker(OrderFulfillmentWorkflow.TASK_QUEUE, WORKER);
    worker.registerWorkflowImplementationTypes(WORKFLOWS);
    worker.registerActivitiesImplementations(inventory, orders);
    env.start();
  }

  void start(String orderId) {
    start(orderId, FulfillmentOptions.defaults());
  }

  void start(String orderId, FulfillmentOptions options) {
    OrderFulfillmentWorkflow wf =
        client.newWorkflowStub(
            OrderFulfillmentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(OrderFulfillmentWorkflow.workflowId(orderId))
                .setTaskQueue(OrderFulfillmentWorkflow.TASK_QUEUE)
                .setWorkflowTaskTimeout(WORKFLOW_TASK_TIMEOUT)
                .build());
    WorkflowClient.start(
        wf::fulfill,
        new FulfillmentInput(orderId, "cust-1", "normal", FakeInventory.LINES, options));
  }

  /** Waits (time skipping) for the order's workflow to end and returns its final view. */
  OrderView result(String orderId) {
    return client
        .newUntypedWorkflowStub(OrderFulfillmentWorkflow.workflowId(orderId))
        .getResult(OrderView.class);
  }

  OrderFulfillmentWorkflow order(String orderId) {
    return client.newWorkflowStub(
        OrderFulfillmentWorkflow.class, OrderFulfillmentWorkflow.workflowId(orderId));
  }

  OrderView status(String orderId) {
    return order(orderId).status();
  }

  void awaitPicking(String orderId) {
    waitUntil(picking(orderId)::awaitingPick);
  }

  void pickCompleted(String orderId, PickCompleted report) {
    awaitPicking(orderId);
    picking(orderId).pickCompleted(report);
  }

  void awaitPacking(String orderId) {
    waitUntil(packing(orderId)::awaitingPacked);
  }

  void packed(String orderId) {
    awaitPacking(orderId);
    packing(orderId).packed(new PackingWorkflow.Packed("packer-1"));
  }

  /**
   * Signals cancel only; for a cancel that may be refused. Waits first until the order has no
   * activity in flight: the test server wedges a workflow that cancels an activity completing in
   * the same workflow task (ACTIVITY_UNKNOWN, temporalio/sdk-java#2391; a real server copes), and
   * the order saves its stage right after a child starts, just when a test sees that child.
   */
  void requestCancel(String orderId, String reason) {
    waitUntil(() -> pendingActivities(OrderFulfillmentWorkflow.workflowId(orderId)) == 0);
    order(orderId).cancel(new CancelRequest(reason, "customer-1"));
  }

  private int pendingActivities(String workflowId) {
    return client
        .getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(client.getOptions().getNamespace())
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                .build())
        .getPendingActivitiesCount();
  }

  /**
   * Cancels and waits until the order compensates. The wait matters: the test server requests a
   * child's cancellation asynchronously without holding time, so skipping time before it landed
   * would jump straight to the children's 10-year run timeouts.
   */
  void cancel(String orderId, String reason) {
    requestCancel(orderId, reason);
    waitUntil(() -> List.of("compensating", "done").contains(status(orderId).stage()));
  }

  void awaitReview(String orderId) {
    waitUntil(shortage(orderId)::awaitingDecision);
  }

  void resolveShortage(String orderId, String decision) {
    awaitReview(orderId);
    shortage(orderId).resolveShortage(new ShortageDecision(decision, "supervisor-1"));
  }

  /** The name of the workflow type that ran under the id, e.g. which cancellation ran. */
  String workflowType(String workflowId) {
    return history(workflowId)
        .getEvents()
        .get(0)
        .getWorkflowExecutionStartedEventAttributes()
        .getWorkflowType()
        .getName();
  }

  WorkflowExecutionHistory history(String workflowId) {
    return client.fetchHistory(workflowId);
  }

  /** Runs a whole order: reserve, full pick, packed signal, ship. */
  OrderView happyPath(String orderId) {
    start(orderId);
    pickCompleted(orderId, FakeInventory.fullPick());
    packed(orderId);
    return result(orderId);
  }

  /** Full pick, then cancel while the order waits in packing with both lines staged. */
  OrderView cancelAfterStaging(String orderId) {
    when(inventory.getOrderAllocations(any())).thenReturn(FakeInventory.stagedAllocations());
    start(orderId);
    pickCompleted(orderId, FakeInventory.fullPick());
    awaitPacking(orderId);
    cancel(orderId, "address invalid");
    return result(orderId);
  }

  /** 6 of 10 units picked: ships partially and backorders the rest. */
  OrderView partialShip(String orderId) {
    start(orderId);
    pickCompleted(orderId, FakeInventory.partialPick());
    packed(orderId);
    return result(orderId);
  }

  private OrchestratedPickingWorkflow picking(String orderId) {
    return client.newWorkflowStub(OrchestratedPickingWorkflow.class, "picking-" + orderId);
  }

  private PackingWorkflow packing(String orderId) {
    return client.newWorkflowStub(PackingWorkflow.class, "packing-" + orderId);
  }

  private StockShortageWorkflow shortage(String orderId) {
    return client.newWorkflowStub(StockShortageWorkflow.class, "shortage-" + orderId);
  }

  /** Polls a query; the workflow may not exist yet, which shows as an exception meanwhile. */
  private static void waitUntil(Callable<Boolean> query) {
    await().atMost(SIGNAL_WAIT).pollInterval(Duration.ofMillis(20)).ignoreExceptions().until(query);
  }
}
