package com.wms.orchestrator.inventory;

import com.wms.inventory.client.InventoryProblemException;
import com.wms.inventory.client.InventoryUnavailableException;
import com.wms.orchestrator.inventory.ActivityRecords.BatchProgress;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.ItemOutcome;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-item loop of the multi-item activities. Items run in order; after each one the progress
 * (every outcome so far) is heartbeated, and a retried attempt starts after the last heartbeated
 * item. A refused item is recorded and the loop goes on; an outage heartbeats the progress and
 * throws a retryable failure; when every item failed the batch fails non-retryably.
 */
final class ItemBatch {
  private static final Logger log = LoggerFactory.getLogger(ItemBatch.class);

  /**
   * One item to process.
   *
   * @param item the id the results name it by (see {@link ItemFailure#item})
   * @param invalid why the item was refused before sending, or null
   */
  record Line<T>(String sku, String item, T value, String invalid) {
    static <T> Line<T> of(String sku, String item, T value) {
      return new Line<>(sku, item, value, null);
    }

    static <T> Line<T> rejected(String sku, String item, String why) {
      return new Line<>(sku, item, null, why);
    }
  }

  private ItemBatch() {}

  /**
   * Runs {@code step} for every line not finished by an earlier attempt.
   *
   * @param step calls the service for one item and returns its success outcome; throws the client's
   *     exceptions
   */
  static <T> List<ItemOutcome> run(
      String activity, String orderId, List<Line<T>> lines, Function<T, ItemOutcome> step) {
    return run(activity, orderId, lines, step, Duration.ZERO);
  }

  /**
   * As {@link #run(String, String, List, Function)}, riding out an outage of the service for up to
   * {@code outageBudget} per item before the attempt fails (see {@link Outage}).
   */
  static <T> List<ItemOutcome> run(
      String activity,
      String orderId,
      List<Line<T>> lines,
      Function<T, ItemOutcome> step,
      Duration outageBudget) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    List<ItemOutcome> results = new ArrayList<>(resumed(context, activity, orderId, lines.size()));
    for (int i = results.size(); i < lines.size(); i++) {
      Line<T> line = lines.get(i);
      try {
        List<ItemOutcome> soFar = results;
        Function<T, ItemOutcome> patient =
            v ->
                Outage.ride(
                    () -> step.apply(v),
                    outageBudget,
                    () -> context.heartbeat(progress(soFar, lines.size())));
        results.add(attempt(activity, orderId, line, patient));
      } catch (InventoryUnavailableException e) {
        context.heartbeat(progress(results, lines.size()));
        log.warn(
            "{} interrupted orderId={} sku={} item={} done={}/{} code={}",
            activity,
            orderId,
            line.sku(),
            line.item(),
            results.size(),
            lines.size(),
            e.code());
        throw Failures.unavailable(e);
      }
      context.heartbeat(progress(results, lines.size()));
    }
    if (!results.isEmpty() && results.stream().noneMatch(ItemOutcome::succeeded)) {
      throw Failures.allFailed(activity, results.stream().map(ItemOutcome::asFailure).toList());
    }
    return results;
  }

  private static <T> ItemOutcome attempt(
      String activity, String orderId, Line<T> line, Function<T, ItemOutcome> step) {
    if (line.invalid() != null) {
      log.warn(
          "{} item refused orderId={} sku={} item={} code={} detail={}",
          activity,
          orderId,
          line.sku(),
          line.item(),
          Failures.VALIDATION_FAILED,
          line.invalid());
      return ItemOutcome.failure(
          line.sku(), line.item(), Failures.VALIDATION_FAILED, line.invalid());
    }
    try {
      ItemOutcome outcome = step.apply(line.value());
      log.info(
          "{} item done orderId={} sku={} item={} allocationId={} quantity={}",
          activity,
          orderId,
          line.sku(),
          line.item(),
          outcome.allocationId(),
          outcome.quantity());
      return outcome;
    } catch (InventoryProblemException e) {
      log.warn(
          "{} item refused orderId={} sku={} item={} code={} detail={}",
          activity,
          orderId,
          line.sku(),
          line.item(),
          e.code(),
          e.detail());
      return ItemOutcome.failure(line.sku(), line.item(), e.code(), e.detail());
    }
  }

  /** The outcomes an earlier attempt heartbeated, if they fit this input. */
  private static List<ItemOutcome> resumed(
      ActivityExecutionContext context, String activity, String orderId, int total) {
    Optional<BatchProgress> details = context.getHeartbeatDetails(BatchProgress.class);
    if (details.isEmpty()) {
      return List.of();
    }
    BatchProgress progress = details.get();
    List<ItemOutcome> results = progress.results() == null ? List.of() : progress.results();
    if (progress.total() != total || progress.done() != results.size() || progress.done() > total) {
      log.warn(
          "{} ignores heartbeat details that do not fit the input orderId={} done={} total={}",
          activity,
          orderId,
          progress.done(),
          progress.total());
      return List.of();
    }
    log.info(
        "{} resumes orderId={} done={}/{} attempt={}",
        activity,
        orderId,
        progress.done(),
        total,
        context.getInfo().getAttempt());
    return results;
  }

  private static BatchProgress progress(List<ItemOutcome> results, int total) {
    return new BatchProgress(results.size(), total, List.copyOf(results));
  }
}
