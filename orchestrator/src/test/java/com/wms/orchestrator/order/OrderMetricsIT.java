package com.wms.orchestrator.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.inventory.service.support.TestDatabase;
import com.wms.orchestrator.worker.OrdersSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order gauges count the orders table: by status, and orders stuck in a stage. */
class OrderMetricsIT {
  private JdbcClient jdbc;
  private MeterRegistry meters;

  @BeforeEach
  void ordersTables() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(TestDatabase.freshDatabase("orders"));
    ds.setUser("postgres");
    ds.setPassword("postgres");
    new OrdersSchema(ds);
    jdbc = JdbcClient.create(ds);
    meters = new SimpleMeterRegistry();
    new OrderMetrics(
        new OrderRepository(jdbc, new ObjectMapper()),
        Duration.ofMinutes(30),
        Duration.ofHours(72),
        meters);
  }

  @Test
  void ordersAreCountedByStatusWithEveryStatusPresentFromTheStart() {
    order("A", OrderStatus.IN_PROGRESS, OrderStatus.STAGE_PICKING, Duration.ZERO);
    order("B", OrderStatus.IN_PROGRESS, OrderStatus.STAGE_PACKING, Duration.ZERO);
    order("C", OrderStatus.SHIPPED, OrderStatus.STAGE_DONE, Duration.ofDays(3));

    assertThat(gauge("wms.orders", "status", OrderStatus.IN_PROGRESS)).isEqualTo(2);
    assertThat(gauge("wms.orders", "status", OrderStatus.SHIPPED)).isEqualTo(1);
    assertThat(gauge("wms.orders", "status", OrderStatus.NEEDS_RECONCILIATION)).isZero();
  }

  @Test
  void anOrderIsStuckOnlyOnceItsStageHasLastedLongerThanTheStageMayTake() {
    // Picking may take the pick timeout (30 min) plus its activities' retries (15 min).
    order("late", OrderStatus.IN_PROGRESS, OrderStatus.STAGE_PICKING, Duration.ofMinutes(50));
    order("waiting", OrderStatus.IN_PROGRESS, OrderStatus.STAGE_PICKING, Duration.ofMinutes(40));
    order("hung", OrderStatus.IN_PROGRESS, OrderStatus.STAGE_RESERVING, Duration.ofMinutes(20));
    order("review", OrderStatus.ON_HOLD, OrderStatus.STAGE_SHORTAGE_REVIEW, Duration.ofHours(24));
    order("old", OrderStatus.SHIPPED, OrderStatus.STAGE_DONE, Duration.ofDays(30));

    assertThat(gauge("wms.orders.stuck", "stage", OrderStatus.STAGE_PICKING)).isEqualTo(1);
    assertThat(gauge("wms.orders.stuck", "stage", OrderStatus.STAGE_RESERVING)).isEqualTo(1);
    assertThat(gauge("wms.orders.stuck", "stage", OrderStatus.STAGE_SHORTAGE_REVIEW)).isZero();
    assertThat(meters.find("wms.orders.stuck").tag("stage", OrderStatus.STAGE_DONE).gauge())
        .isNull();
  }

  private void order(String id, String status, String stage, Duration unchangedFor) {
    jdbc.sql(
            "INSERT INTO customer_order (order_id, customer_id, priority, status, stage, request,"
                + " view, updated_at) VALUES (?, 'C-1', 'normal', ?, ?, '{}', '{}',"
                + " now() - make_interval(secs => ?))")
        .params(id, status, stage, unchangedFor.toSeconds())
        .update();
  }

  private double gauge(String name, String tag, String value) {
    return meters.get(name).tag(tag, value).gauge().value();
  }
}
