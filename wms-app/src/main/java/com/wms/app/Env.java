package com.wms.app;

import java.util.Map;

/** Environment variables with defaults. */
final class Env {
  private Env() {}

  /** The variable's value in {@code env}, or {@code fallback} when it is unset or blank. */
  static String get(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** {@link #get(Map, String, String)} over the process environment. */
  static String get(String name, String fallback) {
    return get(System.getenv(), name, fallback);
  }
}
