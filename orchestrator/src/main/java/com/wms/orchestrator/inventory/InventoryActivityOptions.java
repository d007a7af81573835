package com.wms.orchestrator.inventory;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that says how workflows call {@link InventoryActivities}: the seed's 5-minute
 * timeout, 3 attempts with exponential backoff, and a 30-second heartbeat timeout on every
 * activity, compensation included. The multi-item activities heartbeat once per item; the
 * single-call ones heartbeat only while they ride out an outage ({@link Outage}), and otherwise
 * finish within the inventory client's request timeout, which the worker's settings keep below the
 * heartbeat timeout. So a worker that dies (kill -9) in the middle of any activity is noticed
 * within 30 s and the attempt is retried on another worker, instead of after the 5-minute timeout.
 * Business refusals need no {@code doNotRetry} list: the activities throw them as non-retryable
 * failures.
 *
 * <p>Typical use in a workflow:
 *
 * <pre>{@code
 * InventoryActivities inventory =
 *     Workflow.newActivityStub(
 *         InventoryActivities.class,
 *         InventoryActivityOptions.defaults(),
 *         InventoryActivityOptions.methodOptions());
 * }</pre>
 *
 * Compensation (release, return to shelf) uses {@link #compensation()} and {@link
 * #compensationMethodOptions()}: more attempts, so a short outage of the inventory service does not
 * leave stock promised to a cancelled order.
 */
public final class InventoryActivityOptions {
  public static final Duration START_TO_CLOSE = Duration.ofMinutes(5);
  public static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(30);
  public static final int MAX_ATTEMPTS = 3;
  public static final int COMPENSATION_MAX_ATTEMPTS = 10;

  /** Activity type names of the activities that heartbeat once per item. */
  public static final List<String> MULTI_ITEM_ACTIVITIES =
      List.of(
          "ConfirmInventoryPick",
          "StageInventory",
          "PackInventory",
          "ShipInventory",
          "ReturnInventoryToShelf");

  private InventoryActivityOptions() {}

  /** 3 attempts, 1 s then 2 s apart. */
  public static RetryOptions retryOptions() {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofSeconds(1))
        .setBackoffCoefficient(2.0)
        .setMaximumAttempts(MAX_ATTEMPTS)
        .build();
  }

  /** 10 attempts, 1 s doubling up to 1 minute apart: about 4 minutes of waiting in all. */
  public static RetryOptions compensationRetryOptions() {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofSeconds(1))
        .setBackoffCoefficient(2.0)
        .setMaximumInterval(Duration.ofMinutes(1))
        .setMaximumAttempts(COMPENSATION_MAX_ATTEMPTS)
        .build();
  }

  /**
   * For every activity, with the heartbeat timeout. A workflow that cancels an inventory activity
   * waits until it has really stopped, so that compensation afterwards sees every movement the
   * activity made.
   */
  public static ActivityOptions defaults() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(START_TO_CLOSE)
        .setHeartbeatTimeout(HEARTBEAT_TIMEOUT)
        .setRetryOptions(retryOptions())
        .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
        .build();
  }

  /** The inventory activities for workflow code, with per-activity options; call only there. */
  public static InventoryActivities stub() {
    return Workflow.newActivityStub(InventoryActivities.class, defaults(), methodOptions());
  }

  /** The inventory activities for compensation, retried longer; call only from workflow code. */
  public static InventoryActivities compensationStub() {
    return Workflow.newActivityStub(
        InventoryActivities.class, compensation(), compensationMethodOptions());
  }

  /** For the multi-item activities: {@link #defaults()}, which has the heartbeat timeout. */
  public static ActivityOptions multiItem() {
    return defaults();
  }

  /** Per activity type: the multi-item activities get {@link #multiItem()}. */
  public static Map<String, ActivityOptions> methodOptions() {
    return perMultiItemActivity(multiItem());
  }

  /** For compensation, such as ReleaseInventoryReservation: longer retries, the same heartbeat. */
  public static ActivityOptions compensation() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(START_TO_CLOSE)
        .setHeartbeatTimeout(HEARTBEAT_TIMEOUT)
        .setRetryOptions(compensationRetryOptions())
        .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
        .build();
  }

  /**
   * Per activity type for compensation: ReturnInventoryToShelf and friends, as {@link
   * #compensation()}.
   */
  public static Map<String, ActivityOptions> compensationMethodOptions() {
    return perMultiItemActivity(compensation());
  }

  private static Map<String, ActivityOptions> perMultiItemActivity(ActivityOptions options) {
    return MULTI_ITEM_ACTIVITIES.stream()
        .collect(Collectors.toUnmodifiableMap(Function.identity(), name -> options));
  }
}
