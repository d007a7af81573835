package com.wms.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The bearer tokens of {@code wms dev}: the API's tokens ({@code WMS_API_TOKENS} if set, else a
 * fresh admin token) plus a fresh admin token of the worker's own, which its inventory client sends
 * (the worker releases reservations, an admin operation).
 *
 * @param apiTokens the value for {@code wms.security.api-tokens}
 * @param adminToken the generated admin token to print and write, or null when WMS_API_TOKENS is
 *     set
 * @param workerToken the worker's token
 */
record DevAuth(String apiTokens, String adminToken, String workerToken) {
  /** Where {@code wms dev} writes its admin token and {@code wms demo} reads it. */
  static final Path TOKEN_FILE = Path.of(".wms", "dev-token");

  /**
   * The holder of the worker's token: its rate budget is WMS_RATE_LIMIT_WORKER, and its
   * Idempotency-Keys stay its own across a rotation.
   */
  static final String WORKER_HOLDER = "worker";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Fresh tokens for a private system (tests, {@code wms demo --embedded}). */
  static DevAuth generate() {
    return from(Map.of());
  }

  /** The tokens for {@code wms dev} under these environment variables. */
  static DevAuth from(Map<String, String> env) {
    String worker = newToken() + "=admin:" + WORKER_HOLDER;
    String configured = env.get("WMS_API_TOKENS");
    String file = env.get("WMS_API_TOKENS_FILE");
    if ((configured != null && !configured.isBlank()) || (file != null && !file.isBlank())) {
      String inline = configured == null || configured.isBlank() ? "" : configured + ",";
      return new DevAuth(inline + worker, null, token(worker));
    }
    String admin = newToken();
    return new DevAuth(admin + "=admin," + worker, admin, token(worker));
  }

  private static String token(String entry) {
    return entry.substring(0, entry.indexOf('='));
  }

  /** 32 random bytes as 64 hex digits. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Writes the admin token to {@code file}, readable by the owner only (mode 600). */
  void writeAdminToken(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp;
    try {
      tmp =
          Files.createTempFile(
              dir,
              ".dev-token",
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      tmp = Files.createTempFile(dir, ".dev-token", ".tmp");
    }
    Files.writeString(tmp, adminToken + "\n", StandardCharsets.US_ASCII);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | UnsupportedOperationException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Never prints a token. */
  @Override
  public String toString() {
    return "DevAuth[***]";
  }
}
