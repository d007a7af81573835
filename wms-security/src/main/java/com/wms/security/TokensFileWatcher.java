package com.wms.security;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Reads {@code WMS_API_TOKENS_FILE} again every {@code interval} and, when its content changed and
 * is valid, gives the application's {@link ApiTokens} the tokens of {@code WMS_API_TOKENS} plus
 * those of the file: a token removed from the file is refused from then on, one added works,
 * without a restart. A file that becomes unreadable or invalid is reported (by position, never by
 * token) and the tokens in use stay until it is fixed, so a typo never locks every client out.
 */
final class TokensFileWatcher implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(TokensFileWatcher.class);

  private final ApiTokens tokens;
  private final String inline;
  private final Path file;
  private final ScheduledExecutorService timer;
  private volatile byte[] lastRead;

  /**
   * Watches {@code file} (null: nothing to watch); its first read after {@code interval} makes sure
   * {@code tokens} hold what the file holds then.
   */
  TokensFileWatcher(ApiTokens tokens, String inline, Path file, Duration interval) {
    this.tokens = tokens;
    this.inline = inline;
    this.file = file;
    if (file == null) {
      this.timer = null;
      return;
    }
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "wms-api-tokens");
              t.setDaemon(true);
              return t;
            });
    long millis = Math.max(1, interval.toMillis());
    timer.scheduleWithFixedDelay(this::reload, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Reads the file again and uses its tokens when its content changed and is valid. */
  void reload() {
    String text;
    try {
      text = ApiTokens.readFile(file);
    } catch (IOException | RuntimeException e) {
      byte[] marker = ApiTokens.sha256("unreadable " + e);
      if (!MessageDigest.isEqual(marker, lastRead)) {
        lastRead = marker;
        log.error(
            "{} {} cannot be read ({}); the {} token(s) in use stay",
            ApiTokens.FILE_VARIABLE,
            file,
            e.getClass().getSimpleName(),
            tokens.size());
      }
      return;
    }
    byte[] read = ApiTokens.sha256(text);
    if (MessageDigest.isEqual(read, lastRead)) {
      return;
    }
    lastRead = read;
    try {
      String before = tokens.toString();
      tokens.replaceWith(ApiTokens.parse(inline, text));
      if (!before.equals(tokens.toString())) {
        log.info("API tokens read again from {}: {} token(s) {}", file, tokens.size(), tokens);
      }
    } catch (IllegalArgumentException e) {
      log.error(
          "{} {} is invalid ({}); the {} token(s) in use stay",
          ApiTokens.FILE_VARIABLE,
          file,
          e.getMessage(),
          tokens.size());
    }
  }

  @Override
  public void destroy() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
