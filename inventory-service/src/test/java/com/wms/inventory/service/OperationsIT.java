package com.wms.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** What an operator watches: Prometheus metrics and health with the migrations component. */
class OperationsIT extends InventoryServiceIT {

  @Test
  void prometheusCountsOperationsByOperationAndOutcome() {
    Stock stock = stock();
    String sku = stock.stockedSku("OPS", "A-1", 2);
    Stock.assertProblem(stock.reserve(Api.unique("ORD"), sku, 3), 422, "INSUFFICIENT_STOCK");

    Api.Response r = api().get("/actuator/prometheus");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/plain");
    String text = r.raw().body();
    assertThat(text).contains("# TYPE wms_inventory_operations_total counter");
    assertThat(text).containsPattern(series("receive", "ok"));
    assertThat(text).containsPattern(series("create", "ok"));
    assertThat(text).containsPattern(series("reserve", "INSUFFICIENT_STOCK"));
  }

  @Test
  void healthIsUpWithTheMigrationsComponentUp() throws IOException {
    Api.Response r = api().get("/actuator/health");

    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    JsonNode migrations = r.body().get("components").get("migrations");
    assertThat(r.body().get("status").asText()).isEqualTo("UP");
    assertThat(migrations.get("status").asText()).isEqualTo("UP");
    assertThat(migrations.get("details").get("pending").asInt()).isZero();
    assertThat(migrations.get("details").get("schemaVersion").asText())
        .isEqualTo(newestMigration());
    assertThat(r.body().get("components").get("db").get("status").asText()).isEqualTo("UP");
  }

  /** A sample line of the counter with both tags, whatever other tags and order. */
  private static String series(String operation, String outcome) {
    return "wms_inventory_operations_total\\{(?=[^}]*operation=\""
        + operation
        + "\")(?=[^}]*outcome=\""
        + outcome
        + "\")[^}]*\\} [1-9]";
  }

  /** The version of the newest migration shipped in db/migration, e.g. "003" for V003__x.sql. */
  private static String newestMigration() throws IOException {
    return Arrays.stream(
            new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql"))
        .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }
}
