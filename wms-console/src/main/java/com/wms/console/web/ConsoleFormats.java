package com.wms.console.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** How pages write times and words: UTC to the second, wire words with spaces. */
@Component("consoleFormats")
public class ConsoleFormats {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** e.g. {@code 2026-11-30 21:05:09}, in UTC; empty for null. */
  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  /** Now, as {@link #time}. */
  public String now() {
    return time(Instant.now());
  }

  /**
   * A wire word as people read it, e.g. {@code partially_shipped} as {@code partially shipped}; an
   * order state's enum prints its wire word.
   */
  public String words(Object wire) {
    return wire == null ? "" : wire.toString().replace('_', ' ');
  }
}
