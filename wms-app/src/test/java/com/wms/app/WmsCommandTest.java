package com.wms.app;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wms.app.config.ConfigurationException;
import com.wms.app.config.Settings;
import com.wms.app.config.Use;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WmsCommandTest {
  @Test
  void missingDatabaseSettingsAreNamedWithTheWayOut() {
    assertThatThrownBy(() -> ExternalDatabase.from(Map.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("WMS_DB_URL")
        .hasMessageContaining("WMS_DB_USER")
        .hasMessageContaining("WMS_DB_PASSWORD")
        .hasMessageContaining("./wms dev");
  }

  @Test
  void aNonPostgresUrlIsRefused() {
    assertThat(
            Settings.problems(
                Use.INVENTORY_SERVICE,
                Map.of(
                    "WMS_DB_URL", "jdbc:mysql://x/y", "WMS_DB_USER", "u", "WMS_DB_PASSWORD", "p")))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .contains("jdbc:postgresql:");
  }

  @Test
  void anUnreachableDatabaseFailsFastWithTheDriversReason() {
    ExternalDatabase db =
        ExternalDatabase.from(
            Map.of(
                "WMS_DB_URL", "jdbc:postgresql://127.0.0.1:1/wms?connectTimeout=2",
                "WMS_DB_USER", "wms",
                "WMS_DB_PASSWORD", "secret"));
    assertThatThrownBy(db::check)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/wms")
        .hasMessageContaining("Connection to 127.0.0.1:1 refused");
  }

  @Test
  void helpListsEverySubcommand() {
    WmsCli.Result run = WmsCli.run(Map.of(), "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("dev", "inventory-service", "audit", "completion");
  }

  @Test
  void theServicesRefuseToStartWithoutTokensUnlessAuthIsDisabledExplicitly() {
    assertThat(InventoryServiceCommand.authProblem(Map.of()))
        .hasValueSatisfying(
            m -> assertThat(m).contains("WMS_API_TOKENS is not set", "WMS_AUTH_DISABLED=true"));
    assertThat(InventoryServiceCommand.authProblem(Map.of("WMS_AUTH_DISABLED", "yes"))).isPresent();
    assertThat(InventoryServiceCommand.authProblem(Map.of("WMS_AUTH_DISABLED", "true"))).isEmpty();
    assertThat(
            InventoryServiceCommand.authProblem(
                Map.of("WMS_API_TOKENS", "0123456789abcdef0123=operator")))
        .isEmpty();
    assertThat(Settings.problems(Use.INVENTORY_SERVICE, Map.of("WMS_API_TOKENS", "short=admin")))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .contains("invalid")
        .doesNotContain("short");
  }

  @Test
  void theTokensFileRateBudgetsAndCorsOriginsAreCheckedBeforeTheStart(@TempDir Path dir)
      throws Exception {
    String token = "0123456789abcdef0123";
    Path file = Files.writeString(dir.resolve("tokens"), "# scanners\n" + token + "=operator\n");
    assertThat(problems("WMS_API_TOKENS_FILE", dir.resolve("none").toString()))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .contains("names no readable file");
    assertThat(problems("WMS_API_TOKENS_FILE", file.toString())).isEmpty();
    assertThat(InventoryServiceCommand.authProblem(Map.of("WMS_API_TOKENS_FILE", file.toString())))
        .isEmpty();
    assertThat(
            InventoryServiceCommand.authProblem(
                Map.of(
                    "WMS_API_TOKENS", token + "=viewer", "WMS_API_TOKENS_FILE", file.toString())))
        .hasValueSatisfying(m -> assertThat(m).contains("line 2 of WMS_API_TOKENS_FILE repeats"));
    Path bad = Files.writeString(dir.resolve("bad"), token + "=boss\n");
    assertThat(problems("WMS_API_TOKENS_FILE", bad.toString()))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .contains("line 1 of WMS_API_TOKENS_FILE", "unknown role")
        .doesNotContain(token);
    assertThat(problems("WMS_RATE_LIMIT", "lots"))
        .singleElement()
        .asString()
        .contains("0 (no limit)");
    assertThat(problems("WMS_RATE_LIMIT_WORKER", "-5")).hasSize(1);
    assertThat(problems("WMS_RATE_LIMIT", "0")).isEmpty();
    assertThat(problems("WMS_CORS_ALLOWED_ORIGINS", "https://ops.example.com,ops.example"))
        .hasSize(1);
    assertThat(problems("WMS_CORS_ALLOWED_ORIGINS", "https://ops.example.com:8443, *")).isEmpty();
  }

  private static List<String> problems(String name, String value) {
    return Settings.problems(Use.INVENTORY_SERVICE, Map.of(name, value));
  }

  @Test
  void devGeneratesAnAdminTokenUnlessTokensAreConfiguredAndAlwaysOneForItsWorker() {
    DevAuth fresh = DevAuth.generate();
    assertThat(fresh.adminToken()).matches("[0-9a-f]{64}");
    assertThat(fresh.apiTokens())
        .isEqualTo(fresh.adminToken() + "=admin," + fresh.workerToken() + "=admin:worker");
    assertThat(fresh.toString()).doesNotContain(fresh.adminToken());
    DevAuth configured = DevAuth.from(Map.of("WMS_API_TOKENS", "mine-0123456789abcdef=viewer"));
    assertThat(configured.adminToken()).isNull();
    assertThat(configured.apiTokens())
        .isEqualTo("mine-0123456789abcdef=viewer," + configured.workerToken() + "=admin:worker");
    DevAuth fromFile = DevAuth.from(Map.of("WMS_API_TOKENS_FILE", "/etc/wms/tokens"));
    assertThat(fromFile.adminToken()).isNull();
    assertThat(fromFile.apiTokens()).isEqualTo(fromFile.workerToken() + "=admin:worker");
  }

  @Test
  void theDevTokenFileIsReadableByItsOwnerOnlyAndTheDemoReadsIt(@TempDir Path dir)
      throws Exception {
    DevAuth auth = DevAuth.generate();
    Path file = dir.resolve(".wms").resolve("dev-token");
    auth.writeAdminToken(file);
    auth.writeAdminToken(file);
    assertThat(Files.readString(file).strip()).isEqualTo(auth.adminToken());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (var entries = Files.list(file.getParent())) {
      assertThat(entries).containsExactly(file);
    }
    assertThat(DemoCommand.token(Map.of(), file)).isEqualTo(auth.adminToken());
    assertThat(DemoCommand.token(Map.of("WMS_API_TOKEN", "from-env"), file)).isEqualTo("from-env");
    assertThat(DemoCommand.token(Map.of(), dir.resolve("none"))).isNull();
  }
}
