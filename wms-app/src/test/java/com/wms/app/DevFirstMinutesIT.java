package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * everything needed, logs no warning or error from start to Ctrl-C, and a second {@code wms dev} on
 * its ports or data is refused in one line.
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
  @Order(100)
  void fromStartToCtrlCNothingLogsAWarningOrAnError() throws Exception {
    Path data = dataDir();

    int exit = dev.stop();

    assertThat(dev.warningsAndErrors()).as(dev.out()).isEmpty();
    assertThat(dev.err()).isEmpty();
    assertThat(exit).as("exit status after SIGTERM").isEqualTo(143);
    assertThat(data).doesNotExist();
  }

  private static Path dataDir() {
    return Path.of(dev.bannerLine("data").replaceAll(" \\(.*", ""));
  }

  private static void assertRefused(WmsCli.Result run, String line) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().startsWith(line);
  }
}
