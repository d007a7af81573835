package com.wms.orchestrator.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.inventory.client.InventoryClient;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflowImpl;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflowWithAllocationsImpl;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflowImpl;
import com.wms.orchestrator.inventory.InventoryActivitiesImpl;
import com.wms.orchestrator.order.OrderActivitiesImpl;
import com.wms.orchestrator.order.OrderMetrics;
import com.wms.orchestrator.order.OrderRepository;
import io.temporal.client.WorkflowClient;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Starts the Temporal worker with the web server and stops it, draining, before the database. */
public class WorkerLifecycle implements SmartLifecycle {
  /**
   * Every workflow implementation of the orchestrator, the order's own first; the worker registers
   * them and the replay tests replay with them.
   */
  public static final List<Class<?>> WORKFLOWS =
      List.of(
          OrderFulfillmentWorkflowImpl.class,
          OrderCancellationWorkflowImpl.class,
          OrderCancellationWorkflowWithAllocationsImpl.class);

  private static final Logger log = LoggerFactory.getLogger(WorkerLifecycle.class);

  private final WorkerFactory factory;
  private final boolean enabled;
  private volatile boolean running;

  /**
   * {@code stickyTimeout} is how long a workflow task waits on this worker's sticky queue before
   * the server hands it to any worker (the SDK's 5 s by default); zero turns sticky execution off,
   * which workers that may die need on the Temporal test server, whose sticky queues never time
   * out.
   */
  WorkerLifecycle(
      WorkflowClient client,
      InventoryClient inventory,
      OrderRepository orders,
      ObjectMapper json,
      OrchestratorProperties p,
      OrderMetrics metrics,
      List<WorkerInterceptor> interceptors,
      Duration stickyTimeout) {
    // With tracing on, the interceptors make a span of every workflow and activity.
    this.factory =
        WorkerFactory.newInstance(
            client,
            WorkerFactoryOptions.newBuilder()
                .setWorkerInterceptors(interceptors.toArray(WorkerInterceptor[]::new))
                .build());
    this.enabled = p.workerEnabled();
    Worker worker =
        factory.newWorker(
            OrderFulfillmentWorkflow.TASK_QUEUE,
            WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(stickyTimeout).build());
    register(worker, inventory, orders, json, p, metrics);
  }

  /** Every workflow and activity of the orchestrator, on one worker. */
  public static void register(
      Worker worker,
      InventoryClient inventory,
      OrderRepository orders,
      ObjectMapper json,
      OrchestratorProperties p,
      OrderMetrics metrics) {
    worker.registerWorkflowImplementationTypes(WORKFLOWS.toArray(Class<?>[]::new));
    worker.registerActivitiesImplementations(
        new InventoryActivitiesImpl(inventory, p.inventoryOutageBudget()),
        new OrderActivitiesImpl(orders, metrics));
  }

  @Override
  public void start() {
    if (enabled) {
      factory.start();
      log.info("Temporal worker polling task queue {}", OrderFulfillmentWorkflow.TASK_QUEUE);
    }
    running = true;
  }

  @Override
  public void stop() {
    factory.shutdown();
    factory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
