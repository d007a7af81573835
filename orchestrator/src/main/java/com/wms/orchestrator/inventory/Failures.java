package com.wms.orchestrator.inventory;

import com.wms.inventory.client.InventoryClientException;
import com.wms.inventory.client.InventoryProblemException;
import com.wms.inventory.client.InventoryUnavailableException;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** How inventory client errors become Temporal failures: refusals stop, outages retry. */
final class Failures {
  /** Type of the retryable failure thrown when the inventory service cannot answer. */
  static final String INVENTORY_UNAVAILABLE = "INVENTORY_UNAVAILABLE";

  /** Type of the failure when every item failed and their codes differ. */
  static final String ALL_ITEMS_FAILED = "ALL_ITEMS_FAILED";

  static final String VALIDATION_FAILED = "VALIDATION_FAILED";

  private Failures() {}

  /** Runs one call of a single-call activity, translating client errors. */
  static <T> T call(Supplier<T> call) {
    return call(call, Duration.ZERO);
  }

  /** As {@link #call(Supplier)}, riding out an outage for up to {@code outageBudget}. */
  static <T> T call(Supplier<T> call, Duration outageBudget) {
    try {
      return Outage.ride(call, outageBudget, () -> Activity.getExecutionContext().heartbeat(null));
    } catch (InventoryClientException e) {
      throw of(e);
    }
  }

  static ApplicationFailure of(InventoryClientException e) {
    if (e instanceof InventoryProblemException problem) {
      return refused(problem);
    }
    return unavailable((InventoryUnavailableException) e);
  }

  /** A 4xx refusal: non-retryable, typed by the problem code, details = the problem's extras. */
  static ApplicationFailure refused(InventoryProblemException e) {
    return ApplicationFailure.newNonRetryableFailureWithCause(
        e.getMessage(), e.code(), e, e.properties());
  }

  /** An outage: retryable; the detail is the client's code (TIMEOUT, HTTP_503, ...). */
  static ApplicationFailure unavailable(InventoryUnavailableException e) {
    return ApplicationFailure.newFailureWithCause(
        e.getMessage(), INVENTORY_UNAVAILABLE, e, e.code());
  }

  /** The activity's input itself is unusable; retrying cannot help. */
  static ApplicationFailure invalid(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, VALIDATION_FAILED);
  }

  /**
   * Every item of a multi-item activity failed: non-retryable, typed by the common code or {@link
   * #ALL_ITEMS_FAILED}, with the list of {@link ItemFailure}s as its one detail.
   */
  static ApplicationFailure allFailed(String activity, List<ItemFailure> failures) {
    List<String> codes = failures.stream().map(ItemFailure::code).distinct().toList();
    String type = codes.size() == 1 ? codes.get(0) : ALL_ITEMS_FAILED;
    String each =
        failures.stream()
            .map(f -> f.sku() + "/" + f.item() + ": " + f.code())
            .collect(Collectors.joining(", "));
    return ApplicationFailure.newNonRetryableFailure(
        activity + ": all " + failures.size() + " items failed (" + each + ")", type, failures);
  }
}
