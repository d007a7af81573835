package com.wms.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one keep-alive socket: a load driver shares the two cores with the
 * server, so it must cost little CPU per request (the JDK client costs several times more). One
 * instance per driver thread; it reconnects when the server closes the connection.
 */
final class Http implements AutoCloseable {
  /**
   * The admin bearer token of this JVM's benchmark: the services it starts accept it ({@code
   * wms.security.api-tokens}, {@code WMS_API_TOKENS}) and every request sends it.
   */
  static final String TOKEN = newToken();

  /** Status and body of one response. */
  record Response(int status, String body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  Http(String host, int port) {
    this.host = host;
    this.port = port;
  }

  Response post(String path, String json, String idempotencyKey) {
    return send("POST", path, json, idempotencyKey);
  }

  /** The inventory service's reservation endpoint. */
  static final String RESERVE_PATH = "/api/v1/inventory/reserve";

  /** Reserves one unit of {@code sku} for {@code orderId}, keyed {@code reserve:orderId}. */
  Response reserveOne(String orderId, String sku) {
    return reserveOne(RESERVE_PATH, orderId, sku);
  }

  /** {@link #reserveOne(String, String)} sent to {@code path}, e.g. {@link WebFloor#PATH}. */
  Response reserveOne(String path, String orderId, String sku) {
    return post(
        path,
        "{\"orderId\":\"" + orderId + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}",
        "reserve:" + orderId);
  }

  Response get(String path) {
    return send("GET", path, null, null);
  }

  private Response send(String method, String path, String json, String key) {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host);
    head.append("\r\nAccept: application/json\r\nAuthorization: Bearer ").append(TOKEN);
    if (json != null) {
      head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.length);
    }
    if (key != null) {
      head.append("\r\nIdempotency-Key: ").append(key);
    }
    head.append("\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
    for (int attempt = 0; ; attempt++) {
      try {
        connect();
        out.write(headBytes);
        out.write(body);
        out.flush();
        return read();
      } catch (IOException e) {
        // A keep-alive connection the server closed between requests: reconnect once.
        closeQuietly();
        if (attempt > 0) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private void connect() throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(60_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }
  }

  private Response read() throws IOException {
    String status = line();
    if (status == null) {
      throw new IOException("connection closed");
    }
    int code = Integer.parseInt(status.substring(9, 12));
    int length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String h = line(); h != null && !h.isEmpty(); h = line()) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line().trim(), 16); size > 0; ) {
        body.write(in.readNBytes(size));
        line();
        size = Integer.parseInt(line().trim(), 16);
      }
      line();
    } else if (length > 0) {
      body.write(in.readNBytes(length));
    }
    if (close) {
      closeQuietly();
    }
    return new Response(code, body.toString(StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder(64);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
      }
      sb.append((char) c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private void closeQuietly() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing a broken socket: nothing left to do.
      }
      socket = null;
    }
  }

  @Override
  public void close() {
    closeQuietly();
  }
}
