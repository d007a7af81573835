package com.wms.app;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that drive orders down every path of {@link DemoDriver} (shipped, cancelled before pick
 * and after staging, the three shortage strategies), round after round, each round on three fresh
 * SKUs, against one base URL, until stopped; as {@code wms soak} does, but with an outage budget: a
 * request that finds the server unreachable or answering 502/503/504 is sent again, as a client
 * behind a load balancer does when a replica dies. For load tests outside this package.
 */
public final class OrderPathLoad {
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger rounds = new AtomicInteger();
  private final List<DemoDriver.Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService clients;

  private OrderPathLoad(int n) {
    this.clients = Executors.newFixedThreadPool(n);
  }

  /** Starts {@code n} clients against {@code baseUrl}, sending {@code token}. */
  public static OrderPathLoad start(String baseUrl, String token, int n, Duration outageBudget) {
    OrderPathLoad load = new OrderPathLoad(n);
    WmsHttp http = new WmsHttp(baseUrl, token).withOutageBudget(outageBudget);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    String run = UUID.randomUUID().toString().substring(0, 6);
    for (int c = 0; c < n; c++) {
      int client = c;
      load.clients.submit(
          () -> {
            while (!load.stop.get()) {
              DemoDriver driver =
                  new DemoDriver(
                      http, quiet, run + "-" + client + "-" + load.rounds.incrementAndGet());
              try {
                driver.seed(100);
                for (DemoDriver.Outcome o : driver.runAll()) {
                  load.outcomes.add(o);
                }
              } catch (RuntimeException e) {
                load.errors.add(e.toString());
              }
            }
          });
    }
    return load;
  }

  /** Orders that reached a final status so far. */
  public int finished() {
    return outcomes.size();
  }

  /** Lets every client finish the round it is in, and waits for them (at most {@code limit}). */
  public void stopAndAwait(Duration limit) throws InterruptedException {
    stop.set(true);
    clients.shutdown();
    if (!clients.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      clients.shutdownNow();
      throw new AssertionError("the order clients did not finish their rounds within " + limit);
    }
  }

  /** Every order's id, path, final status and the status its path expects. */
  public List<String> unexpectedOutcomes() {
    synchronized (outcomes) {
      return outcomes.stream()
          .filter(o -> !o.asExpected())
          .map(
              o ->
                  o.orderId()
                      + " ("
                      + o.path()
                      + ") ended "
                      + o.status()
                      + ", expected "
                      + o.expected())
          .toList();
    }
  }

  /** The ids of every order that finished. */
  public List<String> orderIds() {
    synchronized (outcomes) {
      return outcomes.stream().map(DemoDriver.Outcome::orderId).toList();
    }
  }

  /** What went wrong in a round (a refused request, an order that did not finish in time). */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** Rounds started (each seeds three SKUs and runs six orders). */
  public int rounds() {
    return rounds.get();
  }
}
