package com.wms.inventory.service.model;

import com.wms.contract.ContractExtension;
import com.wms.inventory.service.support.TriesFrom;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.state.ActionChain;

/**
 * The stateful model test: random sequences of every inventory operation, invalid ones included,
 * sent over HTTP to the real service and checked step by step against {@link StockModel}, a model
 * of the buckets written independently of inventory-core. A failing sequence is shrunk to a minimal
 * one. {@code mvn verify} runs {@value #SEQUENCES_IN_CI} sequences of 50 steps; the long campaign
 * of RELIABILITY.md sets {@code -Dwms.model.sequences} and {@code -Dwms.model.steps}.
 */
class StockModelIT {
  /** Sequences in {@code mvn verify}; {@code -Dwms.model.sequences=N} runs N. */
  static final int SEQUENCES_IN_CI = 30;

  /** Steps per sequence; {@code -Dwms.model.steps=N} runs N. */
  static int steps() {
    return Integer.getInteger("wms.model.steps", 50);
  }

  private static final AtomicLong SEQUENCES = new AtomicLong();
  private static final AtomicLong STEPS = new AtomicLong();
  private static ModelService service;
  private static long started;

  @BeforeContainer
  static void startTheService() {
    service = new ModelService();
    started = System.nanoTime();
  }

  @AfterContainer
  static void reportAndStop() {
    try {
      System.out.printf(
          "StockModelIT: %d sequences, %d steps (at most %d each) in %d s%n",
          SEQUENCES.get(), STEPS.get(), steps(), (System.nanoTime() - started) / 1_000_000_000L);
      ModelRun.OUTCOMES.forEach((what, n) -> System.out.printf("  %6d  %s%n", n, what));
      // jqwik runs no JUnit Jupiter extension: the contract check of every answer, here.
      ContractExtension.assertNoViolations();
    } finally {
      if (service != null) {
        service.close();
      }
    }
  }

  @Provide
  Arbitrary<ActionChain<ModelRun>> sequences() {
    return StockActions.sequences(service, steps());
  }

  @Property(tries = SEQUENCES_IN_CI)
  @TriesFrom("wms.model.sequences")
  void everyAnswerAndEveryBalanceIsTheModels(@ForAll("sequences") ActionChain<ModelRun> sequence) {
    ModelRun run = sequence.run();
    run.checkEnd();
    SEQUENCES.incrementAndGet();
    STEPS.addAndGet(run.steps());
  }
}
