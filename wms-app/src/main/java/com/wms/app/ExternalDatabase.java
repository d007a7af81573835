package com.wms.app;

import com.wms.app.config.ConfigurationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL settings from WMS_DB_URL, WMS_DB_USER and WMS_DB_PASSWORD (the URL's form is checked
 * with every other setting, in {@link com.wms.app.config.Settings}).
 */
record ExternalDatabase(String url, String user, String password) {

  /** Which of the three variables are missing, with the way out, or empty when none is. */
  static Optional<String> missing(Map<String, String> env) {
    List<String> missing = new ArrayList<>();
    if (blankToNull(env.get("WMS_DB_URL")) == null) {
      missing.add("WMS_DB_URL (e.g. jdbc:postgresql://db.example:5432/wms)");
    }
    if (blankToNull(env.get("WMS_DB_USER")) == null) {
      missing.add("WMS_DB_USER");
    }
    if (env.get("WMS_DB_PASSWORD") == null) {
      missing.add("WMS_DB_PASSWORD");
    }
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "missing environment variable(s): "
                + String.join(", ", missing)
                + ". Set them, or run ./wms dev for the embedded database.");
  }

  /**
   * The database the variables name.
   *
   * @throws ConfigurationException when one is missing
   */
  static ExternalDatabase from(Map<String, String> env) {
    missing(env)
        .ifPresent(
            problem -> {
              throw new ConfigurationException(problem);
            });
    return new ExternalDatabase(
        env.get("WMS_DB_URL").strip(), env.get("WMS_DB_USER").strip(), env.get("WMS_DB_PASSWORD"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The Spring arguments that point a service at this database. */
  String[] springArgs(String... more) {
    String[] base = {
      "--spring.datasource.url=" + url,
      "--spring.datasource.username=" + user,
      "--spring.datasource.password=" + password
    };
    String[] extra = Args.of(more);
    String[] all = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  /**
   * Connects once so that a wrong URL or password fails now, with the driver's reason.
   *
   * @throws ConfigurationException when it cannot connect
   */
  void check() {
    // The URL without its query, which may carry a password.
    String where = url.replaceFirst("\\?.*", "");
    DriverManager.setLoginTimeout(10);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      if (!c.isValid(5)) {
        throw new ConfigurationException("PostgreSQL at " + where + " does not answer");
      }
    } catch (SQLException e) {
      throw new ConfigurationException(
          "cannot connect to PostgreSQL at "
              + where
              + " as "
              + user
              + ": "
              + e.getMessage()
              + "; check WMS_DB_URL, WMS_DB_USER and WMS_DB_PASSWORD");
    }
  }
}
