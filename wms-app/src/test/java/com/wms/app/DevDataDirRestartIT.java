package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class DevDataDirRestartIT {
  @TempDir Path dir;

  @Test
  void stockSurvivesARestartWithDataDirAndTheAuditHolds() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
        ConfigurableApplicationContext app = DevCommand.start(db, 0)) {
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
      assertThat(
              api.post(
                      "/api/v1/inventory/reserve",
                      "{\"orderId\":\"ORD-KEEP\",\"items\":[{\"sku\":\"KEEP-1\",\"quantity\":2}]}")
                  .status())
          .isEqualTo(200);
    }
    assertThat(Files.isDirectory(dir.resolve("pgdata"))).isTrue();

    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
        ConfigurableApplicationContext app = DevCommand.start(db, 0)) {
      Api.Response item = api(app).get("/api/v1/inventory/KEEP-1");
      assertThat(item.status()).isEqualTo(200);
      assertThat(item.body().get("totals").get("available").asLong()).isEqualTo(5);
      assertThat(item.body().get("totals").get("reserved").asLong()).isEqualTo(2);
      assertThat(item.body().get("reservations")).hasSize(1);
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

  private static Api api(ConfigurableApplicationContext app) {
    return new Api("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
  }
}
