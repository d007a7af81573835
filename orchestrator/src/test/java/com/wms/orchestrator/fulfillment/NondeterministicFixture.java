package com.wms.orchestrator.fulfillment;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * What workflow code must not do, for {@code WorkflowDeterminismTest} to prove its rules bite:
 * never registered, never run.
 */
public final class NondeterministicFixture {
  private NondeterministicFixture() {}

  static String everythingAWorkflowMustNotDo() throws InterruptedException {
    Thread.sleep(1);
    return Instant.now() + " " + UUID.randomUUID() + " " + URI.create("http://example.invalid");
  }
}
