package com.wms.app.faults;

import com.wms.inventory.client.InventoryClient;
import com.wms.inventory.client.InventoryClientConfig;
import com.wms.inventory.service.support.Api;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflowImpl;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflowWithAllocationsImpl;
import com.wms.orchestrator.inventory.InventoryActivitiesImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;

/**
 * A worker in its own JVM, so that a test can kill it with SIGKILL: the bulk-pick test workflow,
 * the cancellation workflows and the real inventory activities on task queue {@code faults}.
 *
 * <p>Arguments: Temporal target, inventory base URL, outage budget in milliseconds.
 */
public final class FaultWorker {
  private FaultWorker() {}

  public static void main(String[] args) throws InterruptedException {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(args[0]).build());
    WorkerFactory factory = WorkerFactory.newInstance(WorkflowClient.newInstance(stubs));
    // The Java test server never times out a sticky task queue, so a killed worker would keep its
    // workflows; a real cluster moves them after the sticky schedule-to-start timeout.
    Worker worker =
        factory.newWorker(
            BulkPickWorkflow.TASK_QUEUE,
            WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build());
    register(worker, args[1], Duration.ofMillis(Long.parseLong(args[2])));
    factory.start();
    System.out.println("fault worker polling " + BulkPickWorkflow.TASK_QUEUE);
    Thread.currentThread().join();
  }

  static void register(Worker worker, String inventoryUrl, Duration outageBudget) {
    worker.registerWorkflowImplementationTypes(
        BulkPickWorkflowImpl.class,
        OrderCancellationWorkflowImpl.class,
        OrderCancellationWorkflowWithAllocationsImpl.class);
    InventoryClient client =
        new InventoryClient(
            new InventoryClientConfig(
                inventoryUrl, Duration.ofSeconds(2), Duration.ofSeconds(10), Api.ADMIN_TOKEN));
    worker.registerActivitiesImplementations(new InventoryActivitiesImpl(client, outageBudget));
  }
}
