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
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;

/**
 * The API's tokens: those of {@code WMS_API_TOKENS}, fixed at start, and those of {@code
 * WMS_API_TOKENS_FILE}, read again every {@code interval} when the file's content changed. A token
 * removed from the file is refused from the next read on; a token added works from then on, without
 * a restart. A file that becomes unreadable or invalid is reported (by position, never by token)
 * and the tokens in use stay until it is fixed, so a typo never locks every client out.
 */
final class ReloadingApiTokens implements AuthenticationManager, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(ReloadingApiTokens.class);

  private final String inline;
  private final Path file;
  private final ScheduledExecutorService timer;
  private volatile ApiTokens current;
  private volatile byte[] lastRead;

  /**
   * Reads the tokens once (an invalid setting throws, so the service does not start) and, with a
   * file, starts watching it.
   */
  ReloadingApiTokens(String inline, Path file, Duration interval) {
    this.inline = inline;
    this.file = file;
    if (file == null) {
      this.current = ApiTokens.parse(inline);
      this.timer = null;
      return;
    }
    String text;
    try {
      text = ApiTokens.readFile(file);
    } catch (IOException e) {
      throw new IllegalStateException(
          ApiTokens.FILE_VARIABLE + " " + file + " cannot be read: " + e, e);
    }
    this.current = ApiTokens.parse(inline, text);
    this.lastRead = digest(text);
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

  /** The tokens in use now. */
  ApiTokens current() {
    return current;
  }

  /** Reads the file again and uses its tokens when its content changed and is valid. */
  void reload() {
    String text;
    try {
      text = ApiTokens.readFile(file);
    } catch (IOException | RuntimeException e) {
      byte[] marker = digest("unreadable " + e);
      if (!MessageDigest.isEqual(marker, lastRead)) {
        lastRead = marker;
        log.error(
            "{} {} cannot be read ({}); the {} token(s) in use stay",
            ApiTokens.FILE_VARIABLE,
            file,
            e.getClass().getSimpleName(),
            current.size());
      }
      return;
    }
    byte[] read = digest(text);
    if (MessageDigest.isEqual(read, lastRead)) {
      return;
    }
    lastRead = read;
    try {
      ApiTokens next = ApiTokens.parse(inline, text);
      current = next;
      log.info("API tokens read again from {}: {} token(s) {}", file, next.size(), next);
    } catch (IllegalArgumentException e) {
      log.error(
          "{} {} is invalid ({}); the {} token(s) in use stay",
          ApiTokens.FILE_VARIABLE,
          file,
          e.getMessage(),
          current.size());
    }
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    return current.authenticate(authentication);
  }

  @Override
  public void destroy() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return current.toString();
  }

  private static byte[] digest(String text) {
    return ApiTokens.sha256(text);
  }
}
