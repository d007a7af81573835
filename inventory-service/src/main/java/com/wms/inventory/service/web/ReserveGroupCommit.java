package com.wms.inventory.service.web;

import com.wms.inventory.api.ReserveLine;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Quantity;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.InventoryProperties;
import com.wms.inventory.service.idempotency.IdempotencyKey;
import com.wms.inventory.service.idempotency.IdempotentExecutor;
import com.wms.inventory.service.stock.Caller;
import com.wms.inventory.service.stock.ReservationService;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of concurrent reservations of one hot SKU. Every reservation locks its SKU row, so
 * on a hot SKU the requests queue on that lock and each holds it for a whole transaction of several
 * round trips. Here the requests of one SKU that arrive while a transaction of that SKU runs wait
 * in a lane; when it ends, the first of them (the leader) takes all waiting requests and reserves
 * them in one transaction, in arrival order, each all or nothing as if alone. The lock is taken
 * once and every table is written with one statement batch.
 *
 * <p>A request alone in its lane takes the plain path (holding the lane while it runs), so without
 * contention nothing changes. A request whose Idempotency-Key exists already, and every request of
 * a group whose transaction failed, takes the plain path afterwards, where it replays, is refused
 * or succeeds exactly as if it had never been grouped. Correctness stays in PostgreSQL (the SKU
 * lock, conditional updates, CHECK constraints), so replicas group independently.
 */
@Component
class ReserveGroupCommit {
  private static final Logger log = LoggerFactory.getLogger(ReserveGroupCommit.class);
  private static final String OPERATION = "reserve";

  private final ReservationService reservations;
  private final IdempotentExecutor executor;
  private final TransactionTemplate tx;
  private final int maxBatch;
  private final DistributionSummary groupSizes;
  private final ConcurrentHashMap<Sku, Lane> lanes = new ConcurrentHashMap<>();

  ReserveGroupCommit(
      ReservationService reservations,
      IdempotentExecutor executor,
      TransactionTemplate tx,
      InventoryProperties properties,
      MeterRegistry meters) {
    this.reservations = reservations;
    this.executor = executor;
    this.tx = tx;
    this.maxBatch = properties.groupCommitMaxBatch();
    this.groupSizes =
        DistributionSummary.builder("wms.inventory.reserve.group.size")
            .description("reservations committed together by one group commit")
            .register(meters);
  }

  /**
   * Reserves {@code body}, grouped with concurrent reservations of the same SKU when it is a
   * well-formed single-SKU request; {@code plain} runs it alone.
   */
  ResponseEntity<Object> reserve(
      ReserveRequest body,
      IdempotencyKey key,
      Caller caller,
      Supplier<ResponseEntity<Object>> plain) {
    Sku sku = maxBatch > 1 ? groupable(body, key) : null;
    if (sku == null) {
      return plain.get();
    }
    Pending me = new Pending(body, key, caller, plain);
    Lane lane = lanes.compute(sku, (s, l) -> l == null ? new Lane() : l);
    boolean leader;
    synchronized (lane) {
      lane.queue.add(me);
      leader = !lane.busy;
      lane.busy = true;
    }
    if (!leader && me.await() != Outcome.LEAD) {
      return me.result();
    }
    lead(sku, lane);
    return me.result();
  }

  /** Takes every waiting request of the lane, runs them, then hands the lane on. */
  private void lead(Sku sku, Lane lane) {
    List<Pending> group = new ArrayList<>();
    synchronized (lane) {
      while (!lane.queue.isEmpty() && group.size() < maxBatch) {
        group.add(lane.queue.poll());
      }
    }
    try {
      if (group.size() == 1) {
        // Alone: the plain path, still holding the lane, so that the requests arriving meanwhile
        // queue here and form the next group instead of queueing on the SKU's row lock.
        group.get(0).runPlain();
      } else {
        runGroup(sku, group);
      }
    } finally {
      for (Pending p : group) {
        p.finish(Outcome.PLAIN);
      }
      handOn(sku, lane);
    }
  }

  private void handOn(Sku sku, Lane lane) {
    Pending next;
    synchronized (lane) {
      next = lane.queue.peek();
      if (next == null) {
        lane.busy = false;
        lanes.remove(sku, lane);
      }
    }
    if (next != null) {
      next.signal.complete(Outcome.LEAD);
    }
  }

  private void runGroup(Sku sku, List<Pending> group) {
    List<IdempotencyKey> keys = group.stream().map(p -> p.key).toList();
    List<Object> bodies = group.stream().map(p -> (Object) p.body).toList();
    List<Object> outcomes;
    List<Pending> ran = new ArrayList<>();
    try {
      outcomes =
          tx.execute(
              t -> {
                List<Boolean> claimed = executor.claimAll(OPERATION, keys, bodies);
                List<ReserveRequest> requests = new ArrayList<>();
                List<Caller> callers = new ArrayList<>();
                for (int i = 0; i < group.size(); i++) {
                  // A taken key replays (or is refused) on the plain path after this commit.
                  if (claimed.get(i)) {
                    ran.add(group.get(i));
                    requests.add(group.get(i).body);
                    // Captured on the request's own thread: who asked, for the ledger rows.
                    callers.add(group.get(i).caller);
                  }
                }
                List<Object> result = reservations.reserveGroup(sku, requests, callers);
                List<IdempotencyKey> okKeys = new ArrayList<>();
                List<Object> okBodies = new ArrayList<>();
                List<IdempotencyKey> refusedKeys = new ArrayList<>();
                for (int i = 0; i < result.size(); i++) {
                  if (result.get(i) instanceof InventoryException) {
                    refusedKeys.add(ran.get(i).key);
                  } else {
                    okKeys.add(ran.get(i).key);
                    okBodies.add(result.get(i));
                  }
                }
                executor.storeAll(okKeys, HttpStatus.OK, okBodies);
                executor.dropAll(refusedKeys);
                return result;
              });
    } catch (RuntimeException e) {
      // Nothing of the group was written; each request runs alone and meets its own fate.
      log.debug("group of {} reservations of {} rolled back: {}", group.size(), sku, e.toString());
      return;
    }
    groupSizes.record(ran.size());
    for (int i = 0; i < ran.size(); i++) {
      Pending p = ran.get(i);
      if (outcomes.get(i) instanceof InventoryException refused) {
        executor.count(OPERATION, refused.code().name());
        p.failure = refused;
      } else {
        executor.count(OPERATION, "ok");
        p.response = ResponseEntity.status(HttpStatus.OK).body(outcomes.get(i));
      }
      p.finish(Outcome.DONE);
    }
  }

  /** The SKU of a well-formed single-SKU request with a well-formed key; null otherwise. */
  private static Sku groupable(ReserveRequest body, IdempotencyKey key) {
    if (body == null || body.items() == null || body.items().isEmpty()) {
      return null;
    }
    if (!IdempotentExecutor.validKey(key)) {
      return null;
    }
    try {
      OrderId.of(body.orderId());
      Sku sku = null;
      long total = 0;
      for (ReserveLine line : body.items()) {
        if (line == null) {
          return null;
        }
        Sku s = Sku.of(line.sku());
        if (sku != null && !sku.equals(s)) {
          return null;
        }
        sku = s;
        total += Quantity.of("quantity", line.quantity()).value();
        Quantity.of("quantity", total);
      }
      return body.items().size() <= 500 ? sku : null;
    } catch (InventoryException | ArithmeticException e) {
      // The plain path refuses it with the proper error.
      return null;
    }
  }

  private enum Outcome {
    LEAD,
    DONE,
    PLAIN
  }

  private static final class Lane {
    final ArrayDeque<Pending> queue = new ArrayDeque<>();
    boolean busy;
  }

  private static final class Pending {
    final ReserveRequest body;
    final IdempotencyKey key;
    final Caller caller;
    final Supplier<ResponseEntity<Object>> plain;
    final CompletableFuture<Outcome> signal = new CompletableFuture<>();
    volatile Outcome finished;
    volatile ResponseEntity<Object> response;
    volatile RuntimeException failure;

    Pending(
        ReserveRequest body,
        IdempotencyKey key,
        Caller caller,
        Supplier<ResponseEntity<Object>> plain) {
      this.body = body;
      this.key = key;
      this.caller = caller;
      this.plain = plain;
    }

    void runPlain() {
      try {
        response = plain.get();
      } catch (RuntimeException e) {
        failure = e;
      }
      finish(Outcome.DONE);
    }

    /** The first outcome wins; a later one (the leader's clean-up) is ignored. */
    void finish(Outcome outcome) {
      synchronized (this) {
        if (finished != null) {
          return;
        }
        finished = outcome;
      }
      signal.complete(outcome);
    }

    Outcome await() {
      try {
        return signal.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a group commit", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }

    ResponseEntity<Object> result() {
      if (finished == Outcome.DONE) {
        if (failure != null) {
          throw failure;
        }
        return response;
      }
      return plain.get();
    }
  }
}
