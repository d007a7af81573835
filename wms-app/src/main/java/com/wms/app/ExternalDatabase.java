package com.wms.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PostgreSQL settings from WMS_DB_URL, WMS_DB_USER and WMS_DB_PASSWORD, checked before use. */
record ExternalDatabase(String url, String user, String password) {

  /** Reads the settings, or explains what is missing. */
  static ExternalDatabase fromEnvironment() {
    return from(System.getenv());
  }

  static ExternalDatabase from(Map<String, String> env) {
    List<String> missing = new ArrayList<>();
    String url = blankToNull(env.get("WMS_DB_URL"));
    String user = blankToNull(env.get("WMS_DB_USER"));
    String password = env.get("WMS_DB_PASSWORD");
    if (url == null) {
      missing.add("WMS_DB_URL (e.g. jdbc:postgresql://db.example:5432/wms)");
    }
    if (user == null) {
      missing.add("WMS_DB_USER");
    }
    if (password == null) {
      missing.add("WMS_DB_PASSWORD");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "missing environment variable(s): "
              + String.join(", ", missing)
              + ". Set them, or run ./wms dev for the embedded database.");
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "WMS_DB_URL must be a PostgreSQL JDBC URL starting with jdbc:postgresql:, got " + url);
    }
    return new ExternalDatabase(url, user, password);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * The checked database of a command, or empty after telling the operator on stderr what is wrong
   * (the command then exits 2).
   */
  static java.util.Optional<ExternalDatabase> forCommand(String command) {
    try {
      ExternalDatabase db = fromEnvironment();
      db.check();
      return java.util.Optional.of(db);
    } catch (IllegalArgumentException e) {
      System.err.println("wms " + command + ": " + e.getMessage());
      return java.util.Optional.empty();
    }
  }

  /** The Spring arguments that point a service at this database. */
  String[] springArgs(String... more) {
    String[] base = {
      "--spring.datasource.url=" + url,
      "--spring.datasource.username=" + user,
      "--spring.datasource.password=" + password
    };
    String[] extra = Args.of(more);
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  /** Connects once so that a wrong URL or password fails now, with the driver's reason. */
  void check() {
    DriverManager.setLoginTimeout(10);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      if (!c.isValid(5)) {
        throw new IllegalArgumentException("PostgreSQL at " + url + " does not answer");
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException(
          "cannot connect to PostgreSQL at " + url + " as " + user + ": " + e.getMessage(), e);
    }
  }
}
