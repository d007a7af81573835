package com.wms.app.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;

/** Checks that touch the machine or the network: a port to listen on, a server to reach. */
public final class Probes {
  private static final int CONNECT_TIMEOUT_MILLIS = 5000;

  private Probes() {}

  /**
   * Why a server could not listen on {@code host:port}: something listens there already. Port 0
   * (any free port) is never in use.
   *
   * @param fix how to choose another port, e.g. "use --port N"
   */
  public static Optional<String> portInUse(String host, int port, String fix) {
    if (port == 0) {
      return Optional.empty();
    }
    try (ServerSocket socket = new ServerSocket()) {
      // As the servers bind: an address left in TIME_WAIT by a stopped server is free.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return Optional.empty();
    } catch (IOException e) {
      String reason = String.valueOf(e.getMessage());
      if (reason.contains("in use")) {
        return Optional.of(
            "port "
                + port
                + " on "
                + host
                + " is already in use; stop what listens there (ss -ltnp 'sport = :"
                + port
                + "' names it) or "
                + fix);
      }
      return Optional.of(
          "cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + reason
              + "); check the address and port");
    }
  }

  /**
   * Why {@code what} at {@code host:port} cannot be reached: no TCP connection within 5 seconds.
   *
   * @param fix what to do about it, e.g. "start Temporal or set TEMPORAL_ADDRESS"
   */
  public static Optional<String> unreachable(String hostPort, String what, String fix) {
    int colon = hostPort.lastIndexOf(':');
    String host = hostPort.substring(0, colon);
    int port = Integer.parseInt(hostPort.substring(colon + 1));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          "cannot reach " + what + " at " + hostPort + " (" + e.getMessage() + "); " + fix);
    }
  }
}
