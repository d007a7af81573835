package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.CancelRequest;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentInput;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.Packed;
import com.wms.orchestrator.inventory.ActivityRecords.GetOrderAllocationsInput;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.order.OrderActivities;
import com.wms.orchestrator.order.OrderActivities.CreateBackorderOutput;
import com.wms.orchestrator.order.OrderActivities.SaveOrderViewInput;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderPriority;
import com.wms.orchestrator.order.OrderStarts;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.shortage.ShortageRecords.Decision;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import com.wms.orchestrator.worker.WorkerLifecycle;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.mockito.ArgumentCaptor;

/**
 * Every orchestrator workflow on task queue {@code orchestrator} in a time-skipping test
 * environment, with Mockito mocks for the activities (answers in {@link FakeInventory}) and the
 * steps a warehouse takes: pick, pack, cancel, resolve a shortage. Every order has the two lines of
 * {@link FakeInventory#LINES}.
 */
final class OrderWorkflowHarness implements AutoCloseable {
  /** The worker's workflows, {@link OrderFulfillmentWorkflowImpl} first. */
  static final Class<?>[] WORKFLOWS = WorkerLifecycle.WORKFLOWS.toArray(Class<?>[]::new);

  /** Real time: time skips only while a test waits for a result. */
  private static final Duration WAIT = Duration.ofSeconds(60);

  /**
   * The SDK's 1-second deadlock detection fails workflow tasks on a loaded 2-core build machine
   * (first Jackson use of a record type can take longer); a real deadlock still shows. The test
   * server never times out a sticky task queue, so a worker that {@link #restartWorker} stopped
   * would keep its workflows' tasks; a zero sticky timeout lets them go to the new worker, as a
   * real cluster does after its sticky timeout.
   */
  private static final WorkerOptions WORKER =
      WorkerOptions.newBuilder()
          .setDefaultDeadlockDetectionTimeout(10_000)
          .setStickyQueueScheduleToStartTimeout(Duration.ZERO)
          .build();

  /**
   * The first workflow task of a cold JVM on a loaded machine can take over the default 10 s; a
   * timed-out task is retried and only slows the test down. Children inherit the parent's.
   */
  private static final Duration WORKFLOW_TASK_TIMEOUT = Duration.ofSeconds(60);

  final InventoryActivities inventory =
      mock(InventoryActivities.class, withSettings().withoutAnnotations());
  final OrderActivities orders = mock(OrderActivities.class, withSettings().withoutAnnotations());
  final WorkflowClient client;
  private WorkerFactory factory;

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
    when(orders.createBackorder(any()))
        .thenAnswer(
            call ->
                new CreateBackorderOutput(
                    "BO-" + call.<OrderActivities.CreateBackorderInput>getArgument(0).orderId()));
    register(env.newWorker(OrderFulfillmentWorkflow.TASK_QUEUE, WORKER));
    this.factory = env.getWorkerFactory();
    env.start();
  }

  private void register(Worker worker) {
    worker.registerWorkflowImplementationTypes(WORKFLOWS);
    worker.registerActivitiesImplementations(inventory, orders);
  }

  /**
   * Stops the worker and starts a new one with an empty workflow cache, as a redeploy or a crash
   * would: the next workflow task of every order replays its history. The test stops the new one
   * with {@link #close}.
   */
  void restartWorker() {
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
    factory = WorkerFactory.newInstance(client);
    register(factory.newWorker(OrderFulfillmentWorkflow.TASK_QUEUE, WORKER));
    factory.start();
  }

  /** Stops a worker {@link #restartWorker} started; the environment stops its own. */
  @Override
  public void close() {
    factory.shutdownNow();
  }

  void start(String orderId) {
    start(orderId, FulfillmentOptions.defaults());
  }

  void start(String orderId, FulfillmentOptions options) {
    start(orderId, OrderPriority.STANDARD, FakeInventory.LINES, options);
  }

  /** Starts an order as the order API does (same workflow options), with these lines. */
  void start(
      String orderId, OrderPriority priority, List<OrderLine> lines, FulfillmentOptions options) {
    OrderFulfillmentWorkflow wf =
        client.newWorkflowStub(
            OrderFulfillmentWorkflow.class,
            WorkflowOptions.newBuilder(OrderStarts.options(orderId, priority))
                .setWorkflowTaskTimeout(WORKFLOW_TASK_TIMEOUT)
                .build());
    WorkflowClient.start(
        wf::fulfill, new FulfillmentInput(orderId, "cust-1", priority, lines, options));
  }

  /** Waits (time skipping) for the order's workflow to end and returns its final view. */
  OrderView result(String orderId) {
    return client.newUntypedWorkflowStub(WorkflowIds.order(orderId)).getResult(OrderView.class);
  }

  OrderFulfillmentWorkflow order(String orderId) {
    return client.newWorkflowStub(OrderFulfillmentWorkflow.class, WorkflowIds.order(orderId));
  }

  /** Every view the workflows saved (SaveOrderView), in the order they were saved. */
  List<OrderView> savedViews() {
    ArgumentCaptor<SaveOrderViewInput> saved = ArgumentCaptor.forClass(SaveOrderViewInput.class);
    verify(orders, atLeastOnce()).saveOrderView(saved.capture());
    return saved.getAllValues().stream().map(SaveOrderViewInput::view).toList();
  }

  OrderView status(String orderId) {
    return order(orderId).status();
  }

  void awaitPicking(String orderId) {
    awaitStage(orderId, "picking");
  }

  /** The picker's report, once the order waits for it; returns the update's answer. */
  OrderView pickCompleted(String orderId, PickCompleted report) {
    awaitPicking(orderId);
    return order(orderId).pickCompleted(report);
  }

  void awaitPacking(String orderId) {
    awaitStage(orderId, "packing");
  }

  OrderView packed(String orderId) {
    awaitPacking(orderId);
    return order(orderId).packed(new Packed("packer-1"));
  }

  /**
   * Sends cancel only; for a cancel that may be refused. Waits first until the order has no
   * activity in flight: the test server wedges a workflow that cancels an activity completing in
   * the same workflow task (ACTIVITY_UNKNOWN, temporalio/sdk-java#2391; a real server copes).
   */
  OrderView requestCancel(String orderId, String reason) {
    waitUntil(() -> pendingActivities(WorkflowIds.order(orderId)) == 0);
    return order(orderId).cancel(new CancelRequest(reason, "customer-1"));
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
   * Cancels; the update answers once the order has its final status, and the order compensates
   * after. The test server requests a child's cancellation asynchronously without holding time, so
   * a test waits for that answer before it skips time.
   */
  OrderView cancel(String orderId, String reason) {
    return requestCancel(orderId, reason);
  }

  void awaitReview(String orderId) {
    waitUntil(() -> status(orderId).status() == OrderStatus.ON_HOLD);
  }

  OrderView resolveShortage(String orderId, String decision) {
    awaitReview(orderId);
    return order(orderId)
        .resolveShortage(
            new ShortageDecision(
                Decision.valueOf(decision.toUpperCase(Locale.ROOT)), "supervisor-1"));
  }

  private void awaitStage(String orderId, String stage) {
    waitUntil(() -> stage.equals(status(orderId).stage().wire()));
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
    when(inventory.getOrderAllocations(new GetOrderAllocationsInput(orderId)))
        .thenReturn(FakeInventory.stagedAllocations());
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

  /** The update is refused by its validator: INVALID_STATE with the order's stage. */
  static void assertRefused(Runnable update, String stage) {
    assertThatThrownBy(update::run)
        .isInstanceOfSatisfying(
            WorkflowUpdateException.class,
            e -> {
              ApplicationFailure failure = (ApplicationFailure) e.getCause().getCause();
              assertThat(failure.getType()).isEqualTo("INVALID_STATE");
              assertThat(failure.getDetails().get(1, String.class)).isEqualTo(stage);
            });
  }

  /** Refused by its validator as VALIDATION_FAILED. */
  static void assertInvalid(Runnable update) {
    assertThatThrownBy(update::run)
        .isInstanceOfSatisfying(
            WorkflowUpdateException.class,
            e ->
                assertThat(((ApplicationFailure) e.getCause().getCause()).getType())
                    .isEqualTo("VALIDATION_FAILED"));
  }

  /** Polls a query; the workflow may not exist yet, which shows as an exception meanwhile. */
  private static void waitUntil(Callable<Boolean> query) {
    await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).ignoreExceptions().until(query);
  }
}
