package com.wms.events;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the event tables with their own Flyway history table, so every process that writes or
 * publishes events (the inventory service, the orchestrator) can apply them to its database.
 */
public final class EventsSchema {
  public EventsSchema(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/events")
        .table("flyway_events_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
