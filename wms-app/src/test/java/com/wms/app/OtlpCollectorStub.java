package com.wms.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An OpenTelemetry collector's OTLP/HTTP endpoint on 127.0.0.1 that keeps what it receives. */
final class OtlpCollectorStub implements AutoCloseable {
  /** One export: its path, content type and body size. */
  record Export(String path, String contentType, int bytes) {}

  private final HttpServer server;
  private final List<Export> exports = new CopyOnWriteArrayList<>();

  OtlpCollectorStub() throws IOException {
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            exports.add(
                new Export(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    in.readAllBytes().length));
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  /** The value for {@code OTEL_EXPORTER_OTLP_ENDPOINT}. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Export> exports() {
    return List.copyOf(exports);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
