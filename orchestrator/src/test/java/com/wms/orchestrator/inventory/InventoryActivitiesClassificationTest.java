package com.wms.orchestrator.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wms.inventory.client.InventoryClient;
import com.wms.inventory.client.InventoryClientConfig;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveItem;
import com.wms.orchestrator.inventory.support.StubServer;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Error classification against a stub inventory service: outages are retried by Temporal with the
 * production retry options (and resume after the last heartbeat), refusals are not.
 */
class InventoryActivitiesClassificationTest {
  private static final String QUEUE = "inventory-classification";
  private static final String UNAVAILABLE =
      "{\"status\":503,\"code\":\"UNAVAILABLE\",\"detail\":\"the database is busy\"}";

  private final StubServer stub = new StubServer();
  private final InventoryClient client =
      new InventoryClient(
          new InventoryClientConfig(
              stub.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(5), null));
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();

  /** Calls one activity with the options production workflows use. */
  @WorkflowInterface
  public interface CallInventory {
    @WorkflowMethod
    String call(String activity, PackInventoryInput pack, ReserveInventoryInput reserve);
  }

  public static class CallInventoryImpl implements CallInventory {
    private final InventoryActivities inventory =
        Workflow.newActivityStub(
            InventoryActivities.class,
            InventoryActivityOptions.defaults(),
            InventoryActivityOptions.methodOptions());

    @Override
    public String call(String activity, PackInventoryInput pack, ReserveInventoryInput reserve) {
      if (activity.equals("PackInventory")) {
        InventoryBatchResult result = inventory.packInventory(pack);
        return String.join(",", result.succeeded());
      }
      ReserveInventoryOutput result = inventory.reserveInventory(reserve);
      return result.reservations().get(0).reservationId();
    }
  }

  @AfterEach
  void close() {
    env.close();
    stub.close();
  }

  @Test
  void anOutageIsRetriedWithTheSameKeyAndTheRetrySucceeds() {
    stub.answer(503, UNAVAILABLE).answer(200, allocation("a-1"));

    String succeeded = run("PackInventory", pack("a-1"), null);

    assertThat(succeeded).isEqualTo("a-1");
    assertThat(stub.received())
        .extracting(StubServer.Received::idempotencyKey)
        .containsExactly("pack:a-1", "pack:a-1");
  }

  @Test
  void aRetryAfterAnOutageResumesAfterTheLastHeartbeatedItem() {
    stub.answer(200, allocation("a-1")).answer(503, UNAVAILABLE).answer(200, allocation("a-2"));

    String succeeded = run("PackInventory", pack("a-1", "a-2"), null);

    assertThat(succeeded).isEqualTo("a-1,a-2");
    assertThat(stub.received())
        .extracting(StubServer.Received::idempotencyKey)
        .containsExactly("pack:a-1", "pack:a-2", "pack:a-2");
  }

  @Test
  void aRefusalIsNotRetried() {
    stub.answer(
        422,
        "{\"status\":422,\"code\":\"INSUFFICIENT_STOCK\",\"detail\":\"not enough\","
            + "\"shortLines\":[{\"sku\":\"S-1\",\"requested\":5,\"available\":1}]}");

    WorkflowFailedException e =
        catchThrowableOfType(
            WorkflowFailedException.class,
            () ->
                run(
                    "ReserveInventory",
                    null,
                    new ReserveInventoryInput("o-1", List.of(new ReserveItem("S-1", 5)))));

    ApplicationFailure cause = (ApplicationFailure) e.getCause().getCause();
    assertThat(cause.getType()).isEqualTo("INSUFFICIENT_STOCK");
    assertThat(cause.isNonRetryable()).isTrue();
    assertThat(stub.received()).hasSize(1);
    assertThat(stub.received().get(0).idempotencyKey()).isEqualTo("reserve:o-1");
  }

  @Test
  void anOutageFailsTheAttemptRetryablyAndTheNextAttemptSucceeds() {
    stub.answer(503, UNAVAILABLE).answer(200, allocation("a-1"));
    TestActivityEnvironment activityEnv = TestActivityEnvironment.newInstance();
    try {
      activityEnv.registerActivitiesImplementations(new InventoryActivitiesImpl(client));
      InventoryActivities activities =
          activityEnv.newActivityStub(
              InventoryActivities.class, InventoryActivityOptions.multiItem());

      ActivityFailure first =
          catchThrowableOfType(ActivityFailure.class, () -> activities.packInventory(pack("a-1")));
      InventoryBatchResult second = activities.packInventory(pack("a-1"));

      ApplicationFailure cause = (ApplicationFailure) first.getCause();
      assertThat(cause.getType()).isEqualTo("INVENTORY_UNAVAILABLE");
      assertThat(cause.isNonRetryable()).isFalse();
      assertThat(second.succeeded()).containsExactly("a-1");
    } finally {
      activityEnv.close();
    }
  }

  @Test
  void withAnOutageBudgetOneAttemptRidesOutAShortOutageWithTheSameKey() {
    stub.answer(503, UNAVAILABLE)
        .answer(503, UNAVAILABLE)
        .answer(503, UNAVAILABLE)
        .answer(200, allocation("a-1"));
    TestActivityEnvironment activityEnv = TestActivityEnvironment.newInstance();
    try {
      activityEnv.registerActivitiesImplementations(
          new InventoryActivitiesImpl(client, Duration.ofSeconds(20)));
      InventoryActivities activities =
          activityEnv.newActivityStub(
              InventoryActivities.class, InventoryActivityOptions.multiItem());

      InventoryBatchResult result = activities.packInventory(pack("a-1"));

      assertThat(result.succeeded()).containsExactly("a-1");
      assertThat(stub.received())
          .extracting(StubServer.Received::idempotencyKey)
          .containsExactly("pack:a-1", "pack:a-1", "pack:a-1", "pack:a-1");
    } finally {
      activityEnv.close();
    }
  }

  @Test
  void anOutageLongerThanTheBudgetStillFailsTheAttemptRetryably() {
    for (int i = 0; i < 20; i++) {
      stub.answer(503, UNAVAILABLE);
    }
    TestActivityEnvironment activityEnv = TestActivityEnvironment.newInstance();
    try {
      activityEnv.registerActivitiesImplementations(
          new InventoryActivitiesImpl(client, Duration.ofMillis(600)));
      InventoryActivities activities =
          activityEnv.newActivityStub(
              InventoryActivities.class, InventoryActivityOptions.defaults());

      ActivityFailure failure =
          catchThrowableOfType(
              ActivityFailure.class,
              () ->
                  activities.reserveInventory(
                      new ReserveInventoryInput("o-2", List.of(new ReserveItem("S-1", 1)))));

      ApplicationFailure cause = (ApplicationFailure) failure.getCause();
      assertThat(cause.getType()).isEqualTo("INVENTORY_UNAVAILABLE");
      assertThat(cause.isNonRetryable()).isFalse();
      assertThat(stub.received()).hasSizeBetween(2, 4);
    } finally {
      activityEnv.close();
    }
  }

  private String run(String activity, PackInventoryInput pack, ReserveInventoryInput reserve) {
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(CallInventoryImpl.class);
    worker.registerActivitiesImplementations(new InventoryActivitiesImpl(client));
    env.start();
    CallInventory workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                CallInventory.class, WorkflowOptions.newBuilder().setTaskQueue(QUEUE).build());
    return workflow.call(activity, pack, reserve);
  }

  private static PackInventoryInput pack(String... allocationIds) {
    return new PackInventoryInput(
        "o-1",
        "packer",
        List.of(allocationIds).stream().map(a -> new AllocationItem("S-1", a)).toList());
  }

  private static String allocation(String allocationId) {
    return "{\"allocationId\":\""
        + allocationId
        + "\",\"sku\":\"S-1\",\"quantity\":2,\"status\":\"packed\"}";
  }
}
