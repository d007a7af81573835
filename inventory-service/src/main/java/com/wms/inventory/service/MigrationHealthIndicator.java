package com.wms.inventory.service;

import org.flywaydb.core.Flyway;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** UP only when the database answers and every Flyway migration of this build is applied. */
@Component("migrations")
class MigrationHealthIndicator extends AbstractHealthIndicator {
  private final Flyway flyway;

  MigrationHealthIndicator(Flyway flyway) {
    this.flyway = flyway;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    var info = flyway.info();
    int pending = info.pending().length;
    String current = info.current() == null ? "none" : info.current().getVersion().getVersion();
    builder.withDetail("schemaVersion", current).withDetail("pending", pending);
    if (pending == 0 && info.current() != null) {
      builder.up();
    } else {
      builder.down();
    }
  }
}
