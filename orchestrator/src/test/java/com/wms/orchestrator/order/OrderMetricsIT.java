package com.wms.orchestrator.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.events.EventOutbox;
import com.wms.events.EventsSchema;
import com.wms.inventory.service.support.TestDatabase;
import com.wms.orchestrator.order.OrderActivities.SaveOrderViewInput;
import com.wms.orchestrator.worker.OrdersSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The order gauges count the orders table: by status, and orders stuck in a stage. */
class OrderMetricsIT {
  /** Same-day orders pick within 30 min, standard ones within 8 h; packing waits 8 h. */
  private static final FulfillmentDefaults DEFAULTS =
      new FulfillmentDefaults(
          FulfillmentDefaults.pickTimeouts(
              Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8), null),
          0.5,
          Duration.ofHours(72),
          Duration.ofHours(8),
          "STAGING");

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
    orders =
        new OrderRepository(
            jdbc,
            new ObjectMapper(),
            new OrderEvents(new EventOutbox(jdbc, new EventsSchema(ds))),
            new TransactionTemplate(new DataSourceTransactionManager(ds)));
    metrics = new OrderMetrics(orders, DEFAULTS, meters);
  }

  @Test
  void ordersAreCountedByStatusWithEveryStatusPresentFromTheStart() {
    order("A", OrderStatus.IN_PROGRESS, Stage.PICKING, Duration.ZERO);
    order("B", OrderStatus.IN_PROGRESS, Stage.PACKING, Duration.ZERO);
    order("C", OrderStatus.SHIPPED, Stage.DONE, Duration.ofDays(3));

    assertThat(gauge("wms.orders", "status", "in_progress")).isEqualTo(2);
    assertThat(gauge("wms.orders", "status", "shipped")).isEqualTo(1);
    assertThat(gauge("wms.orders", "status", "needs_reconciliation")).isZero();
  }

  @Test
  void anOrderIsStuckOnlyOnceItsStageHasLastedLongerThanTheStageMayTake() {
    // Picking may take the pick timeout of the order's priority plus its activities' retries
    // (15 min): 45 min for a same-day order, 8 h 15 min for a standard one.
    order("late", OrderStatus.IN_PROGRESS, Stage.PICKING, "same_day", Duration.ofMinutes(50));
    order("waiting", OrderStatus.IN_PROGRESS, Stage.PICKING, "same_day", Duration.ofMinutes(40));
    order("slow", OrderStatus.IN_PROGRESS, Stage.PICKING, "standard", Duration.ofHours(2));
    order("legacy", OrderStatus.IN_PROGRESS, Stage.PICKING, "urgent", Duration.ofHours(1));
    order("hung", OrderStatus.IN_PROGRESS, Stage.RESERVING, Duration.ofMinutes(20));
    order("review", OrderStatus.ON_HOLD, Stage.SHORTAGE_REVIEW, Duration.ofHours(24));
    order("packing", OrderStatus.IN_PROGRESS, Stage.PACKING, Duration.ofHours(9));
    order("old", OrderStatus.SHIPPED, Stage.DONE, Duration.ofDays(30));

    assertThat(gauge("wms.orders.stuck", "stage", "picking")).isEqualTo(2);
    assertThat(gauge("wms.orders.stuck", "stage", "reserving")).isEqualTo(1);
    assertThat(gauge("wms.orders.stuck", "stage", "shortage_review")).isZero();
    assertThat(gauge("wms.orders.stuck", "stage", "packing")).isEqualTo(1);
    assertThat(meters.find("wms.orders.stuck").tag("stage", "done").gauge()).isNull();
  }

  @Test
  void packingThatWaitsWithoutEndIsNeverStuck() {
    FulfillmentDefaults waitForever =
        new FulfillmentDefaults(
            DEFAULTS.pickTimeouts(),
            DEFAULTS.shortageThreshold(),
            DEFAULTS.reviewTimeout(),
            Duration.ZERO,
            DEFAULTS.stagingLocationId());
    MeterRegistry own = new SimpleMeterRegistry();
    new OrderMetrics(orders, waitForever, own);
    order("packing", OrderStatus.IN_PROGRESS, Stage.PACKING, Duration.ofDays(2));

    assertThat(own.find("wms.orders.stuck").tag("stage", "packing").gauge()).isNull();
    assertThat(own.get("wms.orders.stuck").tag("stage", "picking").gauge().value()).isZero();
  }

  @Test
  void aCompensationEndingInNeedsReconciliationIsCountedOnceHoweverOftenItsViewIsSaved() {
    order("R", OrderStatus.CANCELLED, Stage.COMPENSATING, Duration.ZERO);
    OrderView received =
        OrderView.received("R", "C-1", OrderPriority.STANDARD, List.of(new OrderLine("SKU-1", 1)));
    OrderView left =
        new OrderView(
            "R",
            received.customerId(),
            received.priority(),
            OrderStatus.NEEDS_RECONCILIATION,
            Stage.DONE,
            received.lines(),
            received.allocations(),
            null,
            null,
            "cancelled: compensation gave up",
            List.of("INVENTORY_UNAVAILABLE: return allocation a-1"));
    OrderActivitiesImpl activities = new OrderActivitiesImpl(orders, metrics);

    activities.saveOrderView(new SaveOrderViewInput(left));
    activities.saveOrderView(new SaveOrderViewInput(left));

    assertThat(meters.get("wms.orders.needs.reconciliation").counter().count()).isEqualTo(1);
    assertThat(gauge("wms.orders", "status", "needs_reconciliation")).isEqualTo(1);
  }

  private void order(String id, OrderStatus status, Stage stage, Duration unchangedFor) {
    order(id, status, stage, "standard", unchangedFor);
  }

  private void order(
      String id, OrderStatus status, Stage stage, String priority, Duration unchangedFor) {
    jdbc.sql(
            "INSERT INTO customer_order (order_id, customer_id, priority, status, stage, request,"
                + " view, updated_at) VALUES (?, 'C-1', ?, ?, ?, '{}', '{}',"
                + " now() - make_interval(secs => ?))")
        .params(id, priority, status.wire(), stage.wire(), unchangedFor.toSeconds())
        .update();
  }

  private double gauge(String name, String tag, String value) {
    return meters.get(name).tag(tag, value).gauge().value();
  }
}
