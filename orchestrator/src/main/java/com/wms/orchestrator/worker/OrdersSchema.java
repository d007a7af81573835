package com.wms.orchestrator.worker;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the order tables with their own Flyway history table, so they can live in the inventory
 * database (dev mode) or in a database of their own.
 */
public final class OrdersSchema {
  public OrdersSchema(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/orders")
        .table("flyway_orders_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
