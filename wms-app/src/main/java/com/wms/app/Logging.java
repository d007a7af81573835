package com.wms.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the embedded PostgreSQL's initdb chatter out of the console before Spring starts. */
final class Logging {
  private Logging() {}

  static void quietStartup() {
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.WARN);
    }
  }
}
