package com.wms.app;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The Java Temporal test server of dev mode, in process and bound to 127.0.0.1 only, so the {@code
 * temporal} CLI or another worker on this machine can connect. Its state is in memory: a restart
 * forgets every workflow (dev mode reconciles stock for that on start).
 */
public final class EmbeddedTemporal implements AutoCloseable {
  private final TestServicesStarter services;
  private final Server server;
  private final int port;

  private EmbeddedTemporal(TestServicesStarter services, Server server, int port) {
    this.services = services;
    this.server = server;
    this.port = port;
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
    Server server;
    try {
      server = builder.build().start();
    } catch (IOException e) {
      services.close();
      throw new IOException(
          "cannot bind the Temporal test server to 127.0.0.1:"
              + port
              + " ("
              + e.getMessage()
              + "); is another Temporal running? Use --temporal-port",
          e);
    }
    return new EmbeddedTemporal(services, server, server.getPort());
  }

  /** The time-skipping lock entries the server holds now; see {@link TimeLockEvents}. */
  int heldTimeLocks() {
    return TimeLockEvents.held(services);
  }

  public String target() {
    return "127.0.0.1:" + port;
  }

  @Override
  public String toString() {
    return "Temporal test server at " + target();
  }

  @Override
  public void close() throws InterruptedException {
    server.shutdown();
    server.awaitTermination(5, TimeUnit.SECONDS);
    services.close();
  }
}
