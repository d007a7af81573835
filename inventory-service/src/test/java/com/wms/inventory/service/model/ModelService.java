package com.wms.inventory.service.model;

import com.wms.inventory.service.InventoryServiceApplication;
import com.wms.inventory.service.stock.ReservationExpirySweeper;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The real inventory service for the model test: its own Spring context on 127.0.0.1 and the shared
 * embedded PostgreSQL, with a clock that stands still until the test moves it ({@link ModelClock}),
 * a reservation TTL of {@link #TTL}, and no scheduled sweeps or key purges (the test runs the
 * expiry sweep itself).
 */
final class ModelService implements AutoCloseable {
  static final Duration TTL = Duration.ofHours(1);

  private final ModelClock clock = new ModelClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final ConfigurableApplicationContext app;

  ModelService() {
    app =
        new SpringApplicationBuilder(InventoryServiceApplication.class)
            .initializers(
                ctx ->
                    ((GenericApplicationContext) ctx)
                        .registerBean(
                            "modelClock", Clock.class, () -> clock, bd -> bd.setPrimary(true)))
            .run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--wms.security.api-tokens=" + Api.TOKENS,
                "--wms.security.rate-limit=" + Api.RATE_LIMIT,
                "--wms.inventory.reservation-ttl=" + TTL,
                "--wms.inventory.sweep-interval=P3650D",
                "--wms.inventory.key-purge-interval=P3650D");
  }

  String baseUrl() {
    return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  ModelClock clock() {
    return clock;
  }

  /** Runs the expiry sweep until nothing more is due (one sweep releases a bounded batch). */
  void sweep() {
    ReservationExpirySweeper sweeper = app.getBean(ReservationExpirySweeper.class);
    while (sweeper.sweep() > 0) {
      // another batch
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
