package com.wms.app;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The Java Temporal test server of dev mode, in process and bound to 127.0.0.1 only, so the {@code
 * temporal} CLI or another worker on this machine can connect. Its state is in memory: a restart
 * forgets every workflow (dev mode reconciles stock for that on start).
 *
 * <p>The same server also answers on an in-process gRPC channel ({@link #inProcessName()}): the
 * worker and the order API of this JVM call it without HTTP/2 framing, protobuf encoding and gzip
 * over loopback (BENCHMARKS.md section 7, target 4: 1.33 times the orders per second of dev mode).
 * Processes outside still use the port.
 */
public final class EmbeddedTemporal implements AutoCloseable {
  /** The orchestrator setting naming the in-process server its Temporal client should use. */
  public static final String IN_PROCESS_PROPERTY = "wms.orchestrator.temporal-in-process";

  private final TestServicesStarter services;
  private final Server server;
  private final Server inProcess;
  private final String inProcessName;
  private final int port;

  private EmbeddedTemporal(
      TestServicesStarter services, Server server, Server inProcess, String inProcessName) {
    this.services = services;
    this.server = server;
    this.inProcess = inProcess;
    this.inProcessName = inProcessName;
    this.port = server.getPort();
  }

  public static EmbeddedTemporal start(int port) throws IOException {
    // Time skipping locked: workflows wait in real time, as in a real cluster.
    TestServicesStarter services = new TestServicesStarter(true, 0);
    // Without this the server's CPU per workflow update grows with every workflow it has run.
    TimeLockEvents.install(services);
    ServerBuilder<?> builder =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
            .intercept(new NoWorkerHeartbeats());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    String inProcessName = "wms-temporal-" + UUID.randomUUID();
    ServerBuilder<?> inProcessBuilder =
        InProcessServerBuilder.forName(inProcessName).intercept(new NoWorkerHeartbeats());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), inProcessBuilder);
    // A fresh random name: starting it cannot clash with another server.
    Server inProcess = inProcessBuilder.build().start();
    Server server;
    try {
      server = builder.build().start();
    } catch (IOException e) {
      inProcess.shutdownNow();
      services.close();
      throw new IOException(
          "cannot bind the Temporal test server to 127.0.0.1:"
              + port
              + " ("
              + e.getMessage()
              + "); is another Temporal running? Use --temporal-port",
          e);
    }
    return new EmbeddedTemporal(services, server, inProcess, inProcessName);
  }

  /** The time-skipping lock entries the server holds now; see {@link TimeLockEvents}. */
  int heldTimeLocks() {
    return TimeLockEvents.held(services);
  }

  /** host:port of the server, for clients in other processes (and the banner). */
  public String target() {
    return "127.0.0.1:" + port;
  }

  /** The name of the same server on gRPC's in-process transport, for clients in this JVM. */
  public String inProcessName() {
    return inProcessName;
  }

  @Override
  public String toString() {
    return "Temporal test server at " + target();
  }

  @Override
  public void close() throws InterruptedException {
    inProcess.shutdown();
    server.shutdown();
    inProcess.awaitTermination(5, TimeUnit.SECONDS);
    server.awaitTermination(5, TimeUnit.SECONDS);
    services.close();
  }
}
