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

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Fresh tokens for a private system (tests, {@code wms demo --embedded}). */
  static DevAuth generate() {
    return from(Map.of());
  }

  /** The tokens for {@code wms dev} under these environment variables. */
  static DevAuth from(Map<String, String> env) {
    String worker = newToken();
    String configured = env.get("WMS_API_TOKENS");
    if (configured != null && !configured.isBlank()) {
      return new DevAuth(configured + "," + worker + "=admin", null, worker);
    }
    String admin = newToken();
    return new DevAuth(admin + "=admin," + worker + "=admin", admin, worker);
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
