package com.wms.orchestrator.worker;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.concurrent.TimeUnit;

/**
 * Where the Temporal client connects: the frontend at {@code TEMPORAL_ADDRESS} over the network,
 * or, in dev mode, the embedded server of this JVM on gRPC's in-process transport (no HTTP/2
 * framing, protobuf encoding or gzip between two parts of one process). Owns the in-process channel
 * and closes it after the client's stubs (which depend on it) have shut down.
 */
final class TemporalChannel implements AutoCloseable {
  private final String target;
  private final ManagedChannel inProcess;

  private TemporalChannel(String target, ManagedChannel inProcess) {
    this.target = target;
    this.inProcess = inProcess;
  }

  static TemporalChannel of(OrchestratorProperties p) {
    String name = p.temporalInProcess() == null ? "" : p.temporalInProcess();
    return new TemporalChannel(
        p.temporalAddress(), name.isBlank() ? null : InProcessChannelBuilder.forName(name).build());
  }

  /** Points the stubs at the in-process server, or else at the address. */
  WorkflowServiceStubsOptions.Builder applyTo(WorkflowServiceStubsOptions.Builder options) {
    return inProcess != null ? options.setChannel(inProcess) : options.setTarget(target);
  }

  boolean inProcess() {
    return inProcess != null;
  }

  @Override
  public void close() throws InterruptedException {
    if (inProcess != null) {
      inProcess.shutdown();
      if (!inProcess.awaitTermination(5, TimeUnit.SECONDS)) {
        inProcess.shutdownNow();
      }
    }
  }
}
