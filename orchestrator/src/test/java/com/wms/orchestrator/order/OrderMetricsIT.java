package com.wms.orchestrator.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.inventory.service.support.TestDatabase;
import com.wms.orchestrator.worker.OrdersSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order gauges count the orders table: by status, and orders stuck in a stage. */
class OrderMetricsIT {
  private JdbcClient jdbc;
  private MeterRegistry meters;
  private OrderRepository orders;
  private OrderMetrics metrics;

  @BeforeEach
  void ordersTables() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(TestDatabase.freshDatabase("orders"));
    ds.setUser("postgres");
    ds.setPassword("postgres");
    new OrdersSchema(ds);
    jdbc = JdbcClient.create(ds);
    meters = new SimpleMeterRegistry();
    orders = new OrderRepository(jdbc, new ObjectMapper());
    metrics = new OrderMetrics(orders, Duration.ofMinutes(30), Duration.ofHours(72), meters);
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

  @Test
  void aCompensationEndingInNeedsReconciliationIsCountedOnceHoweverOftenItsViewIsSaved() {
    order("R", OrderStatus.CANCELLED, OrderStatus.STAGE_COMPENSATING, Duration.ZERO);
    OrderView received =
        OrderView.received("R", "C-1", "normal", List.of(new OrderLine("SKU-1", 1)));
    OrderView left =
        new OrderView(
            "R",
            received.customerId(),
            received.priority(),
            OrderStatus.NEEDS_RECONCILIATION,
            OrderStatus.STAGE_DONE,
            received.lines(),
            received.allocations(),
            null,
            null,
            "cancelled: compensation gave up",
            List.of("INVENTORY_UNAVAILABLE: return allocation a-1"));
    OrderActivitiesImpl activities =
        new OrderActivitiesImpl(orders, new ObjectMapper(), null, metrics);

    activities.saveOrderView(left);
    activities.saveOrderView(left);

    assertThat(meters.get("wms.orders.needs.reconciliation").counter().count()).isEqualTo(1);
    assertThat(gauge("wms.orders", "status", OrderStatus.NEEDS_RECONCILIATION)).isEqualTo(1);
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
