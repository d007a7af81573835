package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class DevDataDirRestartIT {
  @TempDir Path dir;

  @Test
  void stockSurvivesARestartAndOrdersLostWithTemporalAreReconciled() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
        EmbeddedTemporal temporal = EmbeddedTemporal.start(0);
        ConfigurableApplicationContext app = DevCommand.start(db, temporal, 0)) {
      Api api = api(app);
      assertThat(
              api.post("/api/v1/inventory", "{\"sku\":\"KEEP-1\",\"productName\":\"Kept\"}")
                  .status())
          .isEqualTo(201);
      assertThat(
              api.post(
                      "/api/v1/inventory/KEEP-1/receive", "{\"locationId\":\"A-1\",\"quantity\":7}")
                  .status())
          .isEqualTo(200);
      // A reservation made directly through the inventory API belongs to no workflow: it stays.
      assertThat(
              api.post(
                      "/api/v1/inventory/reserve",
                      "{\"orderId\":\"ORD-KEEP\",\"items\":[{\"sku\":\"KEEP-1\",\"quantity\":2}]}")
                  .status())
          .isEqualTo(200);
      // An order placed through the order API waits in picking with 3 units reserved.
      assertThat(
              api.post(
                      "/api/v1/orders",
                      "{\"orderId\":\"ORD-LOST\",\"customerId\":\"C-1\",\"items\":[{\"sku\":\"KEEP-1\",\"quantity\":3}]}")
                  .status())
          .isEqualTo(202);
      awaitStage(api, "ORD-LOST", "picking");
      assertThat(reserved(api)).isEqualTo(5);
    }
    assertThat(Files.isDirectory(dir.resolve("pgdata"))).isTrue();

    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
        EmbeddedTemporal temporal = EmbeddedTemporal.start(0);
        ConfigurableApplicationContext app = DevCommand.start(db, temporal, 0)) {
      Reconciliation.Report report = new Reconciliation(app).run();
      assertThat(report.orders()).containsExactly("ORD-LOST");
      assertThat(report.releasedUnits()).isEqualTo(3);
      Api api = api(app);
      Api.Response item = api.get("/api/v1/inventory/KEEP-1");
      assertThat(item.body().get("totals").get("available").asLong()).isEqualTo(5);
      assertThat(item.body().get("totals").get("reserved").asLong()).isEqualTo(2);
      assertThat(api.get("/api/v1/orders/ORD-LOST").body().get("status").asText())
          .isEqualTo("failed");
      assertThat(AuditCommand.audit(db.jdbcUrl(), "postgres", "postgres")).isZero();
    }
  }

  @Test
  void aTemporaryDatabaseIsRemovedOnClose() throws Exception {
    Path data;
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null)) {
      data = db.dataDir();
      assertThat(Files.isDirectory(data.resolve("pgdata"))).isTrue();
    }
    assertThat(Files.exists(data)).isFalse();
  }

  private static long reserved(Api api) {
    return api.get("/api/v1/inventory/KEEP-1").body().get("totals").get("reserved").asLong();
  }

  private static void awaitStage(Api api, String orderId, String stage)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    String last = null;
    while (Instant.now().isBefore(deadline)) {
      Api.Response r = api.get("/api/v1/orders/" + orderId);
      last = r.raw().body();
      if (r.status() == 200 && stage.equals(r.body().get("stage").asText())) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("order " + orderId + " never reached " + stage + ": " + last);
  }

  private static Api api(ConfigurableApplicationContext app) {
    return new Api(
        "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"),
        DevCommand.adminToken(app));
  }
}
