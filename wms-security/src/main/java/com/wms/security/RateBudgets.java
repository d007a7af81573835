package com.wms.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request budget of each token: a token bucket (Bucket4j) per key owner, i.e. per token, or per
 * holder for tokens that name one ({@link ApiPrincipal#keyOwner()}). A budget of N allows N
 * requests per second on average and a burst of N at once; the holder {@value #WORKER} (the
 * worker's token) has a budget of its own. Buckets live in this process: each replica of a service
 * enforces the budget on its own. A budget of 0 means no limit. One bean per application, shared by
 * every way a token comes in (the API's bearer header, the console's session cookie), so a token
 * has one budget per replica whichever way it calls.
 */
public final class RateBudgets {
  /** The holder whose tokens get the worker's budget, e.g. {@code token=admin:worker}. */
  static final String WORKER = "worker";

  private final long perSecond;
  private final long workerPerSecond;
  private final TimeMeter clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateBudgets(long perSecond, long workerPerSecond) {
    this(perSecond, workerPerSecond, TimeMeter.SYSTEM_NANOTIME);
  }

  RateBudgets(long perSecond, long workerPerSecond, TimeMeter clock) {
    this.perSecond = check("WMS_RATE_LIMIT", perSecond);
    this.workerPerSecond = check("WMS_RATE_LIMIT_WORKER", workerPerSecond);
    this.clock = clock;
  }

  /** The budget per second of this principal's tokens; 0 when it has no limit. */
  public long perSecond(ApiPrincipal principal) {
    return WORKER.equals(principal.holder()) ? workerPerSecond : perSecond;
  }

  /**
   * Takes one request from the principal's budget: {@link Duration#ZERO} when it may go on, else
   * how long until the budget allows one more.
   */
  public Duration take(ApiPrincipal principal) {
    long budget = perSecond(principal);
    if (budget == 0) {
      return Duration.ZERO;
    }
    Bucket bucket = buckets.computeIfAbsent(principal.keyOwner(), owner -> bucket(budget));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Duration.ZERO
        : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
  }

  /** A wait as the {@code Retry-After} header gives it: whole seconds, rounded up, at least 1. */
  public static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private Bucket bucket(long budget) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(budget).refillGreedy(budget, Duration.ofSeconds(1)))
        .withCustomTimePrecision(clock)
        .build();
  }

  private static long check(String name, long value) {
    if (value < 0 || value > 1_000_000_000L) {
      throw new IllegalArgumentException(
          name + " must be between 0 (no limit) and 1000000000 requests per second");
    }
    return value;
  }
}
