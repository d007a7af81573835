package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.app.ReadmeTours.Exchange;
import com.wms.inventory.service.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first minutes of a newcomer: {@code ./wms dev} in a fresh directory prints a banner with
 * everything needed, the README's tours pasted into a shell work as the README says, nothing logs a
 * warning or an error from start to Ctrl-C, and a second {@code wms dev} on its ports or data is
 * refused in one line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevFirstMinutesIT {
  @TempDir static Path workDir;

  private static DevProcess dev;

  @BeforeAll
  static void startDev() throws Exception {
    dev = DevProcess.start(workDir);
  }

  @AfterAll
  static void stopDev() throws Exception {
    if (dev != null) {
      dev.close();
    }
  }

  @Test
  @Order(1)
  void theBannerShowsTheUrlsTheTokenAndWhereTheDataIs() throws Exception {
    String base = dev.baseUrl();
    String token = Files.readString(workDir.resolve(".wms/dev-token")).strip();

    assertThat(dev.out()).contains("wms dev is up");
    assertThat(dev.bannerLine("console"))
        .isEqualTo(base + "/console/sign-in#token=" + token + " (opens it signed in as admin)");
    assertThat(dev.bannerLine("order API")).isEqualTo(base + "/api/v1/orders");
    assertThat(dev.bannerLine("health")).isEqualTo(base + "/actuator/health");
    assertThat(dev.bannerLine("admin token"))
        .startsWith(token + " (in ")
        .contains(workDir.resolve(".wms/dev-token").toString());
    assertThat(dev.bannerLine("Temporal")).matches("127\\.0\\.0\\.1:\\d+ \\(namespace default.*");
    assertThat(dataDir()).isDirectory();
    assertThat(dev.bannerLine("data")).contains("temporary, removed on exit", "--data-dir");
    assertThat(dev.out()).contains("TOKEN=$(cat .wms/dev-token)", "./wms demo");
    Api api = new Api(base, token);
    assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/inventory").status()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void aSecondDevOnTheSamePortOrDataIsRefusedInOneLine() {
    String port = dev.baseUrl().replaceAll(".*:", "");
    String temporalPort = dev.bannerLine("Temporal").replaceAll("^127\\.0\\.0\\.1:(\\d+).*", "$1");
    Path data = dataDir();

    assertRefused(
        WmsCli.run(Map.of(), "dev", "--port", port, "--temporal-port", "0"),
        "wms dev: port " + port + " on 127.0.0.1 is already in use");
    assertRefused(
        WmsCli.run(Map.of(), "dev", "--port", "0", "--temporal-port", temporalPort),
        "wms dev: port " + temporalPort + " on 127.0.0.1 is already in use");
    assertRefused(
        WmsCli.run(
            Map.of(), "dev", "--port", "0", "--temporal-port", "0", "--data-dir", data.toString()),
        "wms dev: --data-dir " + data + " is in use by a running PostgreSQL");
    assertRefused(
        WmsCli.run(Map.of(), "audit", "--data-dir", data.toString()),
        "wms audit: --data-dir " + data + " is in use by a running PostgreSQL");
  }

  @Test
  @Order(3)
  void theReadmeToursRunAsWrittenAndShowWhatTheReadmePromises() throws Exception {
    List<String> tours = ReadmeTours.blocks();
    assertThat(tours).as("bash blocks marked <!-- tour --> in README.md").hasSize(3);
    assertThat(tours).allMatch(t -> t.contains(ReadmeTours.README_URL) || !t.contains("B="));

    ReadmeTours.Run run = ReadmeTours.run(tours, dev.baseUrl(), workDir);

    assertThat(run.exit()).as("exit status of the tours; stderr:%n%s", run.err()).isZero();
    assertThat(run.err()).as("a failed command or await").isEmpty();
    List<Exchange> all = run.exchanges();
    assertThat(all)
        .as("requests refused")
        .filteredOn(e -> e.status() / 100 != 2)
        .extracting(e -> e.status() + " " + e.method() + " " + e.path())
        .containsExactly("422 POST /inventory/reserve", "409 POST /orders/ORD-100/cancel");

    // The inventory tour: "available 7, shipped 3, onHand 7, and the audit says "ok":true".
    assertThat(last(all, "POST", "/inventory").status()).isEqualTo(201);
    assertThat(last(all, "POST", "/inventory/reserve").body().get("code").asText())
        .isEqualTo("INSUFFICIENT_STOCK");
    assertThat(last(all, "POST", "/inventory/reserve").body().get("shortLines")).isNotEmpty();
    JsonNode totals = last(all, "GET", "/inventory/SKU-1").body().get("totals");
    assertThat(totals.get("available").asLong()).isEqualTo(7);
    assertThat(totals.get("shipped").asLong()).isEqualTo(3);
    assertThat(totals.get("onHand").asLong()).isEqualTo(7);
    assertThat(last(all, "GET", "/audit").body().get("ok").asBoolean()).isTrue();

    // The orders tour: picking, then packing, shipping, shipped, and a cancel too late.
    assertThat(last(all, "POST", "/orders").status()).isEqualTo(202);
    assertThat(all)
        .filteredOn(e -> e.path().equals("/orders/ORD-100"))
        .anySatisfy(e -> assertThat(e.body().get("stage").asText()).isEqualTo("picking"));
    assertThat(last(all, "POST", "/orders/ORD-100/pick-completed").body().get("stage").asText())
        .isEqualTo("packing");
    assertThat(last(all, "POST", "/orders/ORD-100/packed").body().get("stage").asText())
        .isEqualTo("shipping");
    JsonNode order = last(all, "GET", "/orders/ORD-100").body();
    assertThat(order.get("status").asText()).isEqualTo("shipped");
    assertThat(order.get("lines"))
        .allSatisfy(l -> assertThat(l.get("state").asText()).isEqualTo("shipped"));
    assertThat(last(all, "GET", "/orders?status=shipped").body().toString())
        .contains("\"orderId\":\"ORD-100\"");
    JsonNode tooLate = last(all, "POST", "/orders/ORD-100/cancel").body();
    assertThat(tooLate.get("code").asText()).isEqualTo("INVALID_STATE");
    assertThat(tooLate.get("orderStatus").asText()).isEqualTo("shipped");
    assertThat(tooLate.has("stage")).isTrue();

    // The events tour: the inventory tour's movements of SKU-1 in order, with the totals after
    // each, and the order's first events.
    JsonNode events = last(all, "GET", "/events?after=0&limit=100").body().get("events");
    List<JsonNode> sku1 = subject(events, "SKU-1");
    assertThat(sku1)
        .extracting(e -> e.get("type").asText())
        .startsWith(
            "wms.inventory.item-created",
            "wms.inventory.received",
            "wms.inventory.low-stock-cleared",
            "wms.inventory.reserved",
            "wms.inventory.picked",
            "wms.inventory.staged",
            "wms.inventory.packed",
            "wms.inventory.shipped");
    assertThat(sku1.get(7).at("/data/totals/available").asLong()).isEqualTo(7);
    assertThat(subject(events, "ORD-100"))
        .extracting(e -> e.get("type").asText())
        .startsWith("wms.order.placed", "wms.order.picking");
  }

  private static List<JsonNode> subject(JsonNode events, String subject) {
    List<JsonNode> of = new java.util.ArrayList<>();
    events.forEach(
        e -> {
          if (e.get("subject").asText().equals(subject)) {
            of.add(e);
          }
        });
    return of;
  }

  @Test
  @Order(100)
  void fromStartToCtrlCNothingLogsAWarningOrAnError() throws Exception {
    Path data = dataDir();

    int exit = dev.stop();

    assertThat(dev.warningsAndErrors()).as(dev.out()).isEmpty();
    assertThat(dev.err()).isEmpty();
    assertThat(exit).as("exit status after SIGTERM").isEqualTo(143);
    assertThat(data).doesNotExist();
  }

  /** The last exchange of the tours with this method and path. */
  private static Exchange last(List<Exchange> all, String method, String path) {
    return all.stream()
        .filter(e -> e.method().equals(method) && e.path().equals(path))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("the tours made no " + method + " " + path));
  }

  private static Path dataDir() {
    return Path.of(dev.bannerLine("data").replaceAll(" \\(.*", ""));
  }

  private static void assertRefused(WmsCli.Result run, String line) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().startsWith(line);
  }
}
