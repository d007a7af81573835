package com.wms.bench;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/**
 * The trivial workflow of benchmark 3: the given number of no-op activities one after the other, to
 * measure what Temporal itself costs on the same server.
 */
@WorkflowInterface
public interface NoopWorkflow {
  String TASK_QUEUE = "bench-noop";

  @WorkflowMethod
  int run(int activities);

  /** The no-op activity. */
  @ActivityInterface
  interface Noop {
    int noop(int i);
  }

  /** Does nothing but return its argument. */
  class NoopImpl implements Noop {
    @Override
    public int noop(int i) {
      return i;
    }
  }

  /** Calls {@link Noop#noop} {@code activities} times in sequence. */
  class Impl implements NoopWorkflow {
    private final Noop noop =
        Workflow.newActivityStub(
            Noop.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

    @Override
    public int run(int activities) {
      int sum = 0;
      for (int i = 0; i < activities; i++) {
        sum += noop.noop(i);
      }
      return sum;
    }
  }
}
