package com.wms.app;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, before {@code wms demo} or {@code wms soak} change anything, that a wms server answers at
 * the URL and takes the token as an admin's. One request does it: creating a SKU from an empty
 * body, which an admin is refused with 400 (and nothing is created), anyone else with 401 or 403.
 */
final class ServerProbe {
  private ServerProbe() {}

  /** What stops {@code command} from driving the server at {@code base}, or empty. */
  static Optional<String> problem(String command, String base, String token) {
    WmsHttp.Reply reply;
    try {
      reply = new WmsHttp(base, token).post("/api/v1/inventory", Map.of());
    } catch (UncheckedIOException e) {
      return Optional.of(
          "nothing answers at "
              + base
              + " ("
              + reason(e.getCause())
              + "); start ./wms dev in another terminal, give its address with --url, or run"
              + " ./wms "
              + command
              + " --embedded");
    }
    String code = reply.text("code");
    return switch (reply.status()) {
      case 400 -> Optional.empty();
      case 401 ->
          Optional.of(
              token == null
                  ? base
                      + " wants a bearer token and none was found; run in the directory where"
                      + " ./wms dev wrote .wms/dev-token, or give --token or WMS_API_TOKEN"
                  : base
                      + " refused the token (401 "
                      + code
                      + "); give the admin token ./wms dev printed (.wms/dev-token in its"
                      + " directory) with --token or WMS_API_TOKEN");
      case 403 ->
          Optional.of(
              "the token may not create SKUs (403 "
                  + code
                  + "); ./wms "
                  + command
                  + " needs a token with role admin");
      default ->
          Optional.of(
              base
                  + " answered "
                  + reply.status()
                  + " where the inventory API should be; give the address of ./wms dev with"
                  + " --url");
    };
  }

  private static String reason(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
