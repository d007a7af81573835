package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Temporal server of dev mode: real-time timers, and no state that grows with every workflow.
 */
public class EmbeddedTemporalIT {
  private static final String QUEUE = "embedded-temporal-it";

  private static EmbeddedTemporal temporal;
  private static WorkflowServiceStubs stubs;
  private static WorkerFactory factory;
  private static WorkflowClient client;

  @BeforeAll
  static void start() throws Exception {
    temporal = EmbeddedTemporal.start(0);
    stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(temporal.target()).build());
    client = WorkflowClient.newInstance(stubs);
    factory = WorkerFactory.newInstance(client);
    Worker worker = factory.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(StepsWorkflowImpl.class);
    worker.registerActivitiesImplementations(new StepImpl());
    factory.start();
  }

  @AfterAll
  static void stop() throws Exception {
    factory.shutdownNow();
    stubs.shutdownNow();
    temporal.close();
  }

  @Test
  void theServerDoesNotAdvertiseWorkerHeartbeatsItCannotRecord() {
    // Advertised, they are sent, refused as UNIMPLEMENTED, and every worker logs a warning.
    DescribeNamespaceResponse namespace =
        stubs
            .blockingStub()
            .describeNamespace(
                DescribeNamespaceRequest.newBuilder().setNamespace("default").build());

    assertThat(namespace.getNamespaceInfo().getCapabilities().getWorkerHeartbeats()).isFalse();
    assertThat(namespace.getNamespaceInfo().getCapabilities().getSyncUpdate()).isTrue();
  }

  @Test
  void lockEntriesOfFinishedWorkflowsDoNotAccumulate() throws InterruptedException {
    run(300, 3, Duration.ZERO);

    // Entries nobody can release any more are weakly held: a collection drops them. The JVM's
    // reference handler thread queues the cleared ones shortly after the collection, so look
    // again for a while before concluding that something still holds them.
    int held = Integer.MAX_VALUE;
    for (int attempt = 0; attempt < 50 && held >= 20; attempt++) {
      System.gc();
      Thread.sleep(100);
      held = temporal.heldTimeLocks();
    }
    // The server's own permanent lock and at most a few of the timer pump's remain; the server's
    // original list holds about 4,200 here (14 per workflow of 3 activities).
    assertThat(held).isLessThan(20);
  }

  @Test
  void timersStillWaitInRealTime() {
    long started = System.nanoTime();
    run(1, 0, Duration.ofSeconds(2));
    // Were time skipping unlocked, the server would fire the 2 s timer at once.
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  private static void run(int workflows, int steps, Duration sleep) {
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < workflows; i++) {
      StepsWorkflow workflow =
          client.newWorkflowStub(
              StepsWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue(QUEUE).build());
      results.add(WorkflowClient.execute(workflow::run, steps, sleep));
    }
    for (CompletableFuture<Integer> result : results) {
      assertThat(result.join()).isEqualTo(steps);
    }
  }

  @WorkflowInterface
  public interface StepsWorkflow {
    @WorkflowMethod
    int run(int steps, Duration sleep);
  }

  @ActivityInterface
  public interface Step {
    int step(int done);
  }

  public static class StepImpl implements Step {
    @Override
    public int step(int done) {
      return done + 1;
    }
  }

  public static class StepsWorkflowImpl implements StepsWorkflow {
    private final Step step =
        Workflow.newActivityStub(
            Step.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

    @Override
    public int run(int steps, Duration sleep) {
      int done = 0;
      for (int i = 0; i < steps; i++) {
        done = step.step(done);
      }
      if (!sleep.isZero()) {
        Workflow.sleep(sleep);
      }
      return done;
    }
  }
}
