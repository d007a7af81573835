package com.wms.events;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Connections outside the request pool for the relay, the sinks and the feed's watcher: each holds
 * one for as long as it runs (a session-level lock lives as long as its connection), so they must
 * not take connections from the requests. TCP keepalive lets PostgreSQL notice a holder that
 * vanished without closing its socket.
 */
public final class DedicatedConnections {
  private final DataSource dataSource;

  public DedicatedConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Connection open(String purpose) throws SQLException {
    if (dataSource instanceof HikariDataSource h && h.getJdbcUrl() != null) {
      Properties p = new Properties();
      if (h.getUsername() != null) {
        p.setProperty("user", h.getUsername());
      }
      if (h.getPassword() != null) {
        p.setProperty("password", h.getPassword());
      }
      p.setProperty("tcpKeepAlive", "true");
      return DriverManager.getConnection(h.getJdbcUrl(), p);
    }
    return dataSource.getConnection();
  }
}
