package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WmsCommandTest {
  @Test
  void missingDatabaseSettingsAreNamedWithTheWayOut() {
    assertThatThrownBy(() -> ExternalDatabase.from(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WMS_DB_URL")
        .hasMessageContaining("WMS_DB_USER")
        .hasMessageContaining("WMS_DB_PASSWORD")
        .hasMessageContaining("./wms dev");
  }

  @Test
  void aNonPostgresUrlIsRefused() {
    assertThatThrownBy(
            () ->
                ExternalDatabase.from(
                    Map.of(
                        "WMS_DB_URL",
                        "jdbc:mysql://x/y",
                        "WMS_DB_USER",
                        "u",
                        "WMS_DB_PASSWORD",
                        "p")))
        .hasMessageContaining("jdbc:postgresql:");
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
        .hasMessageContaining("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/wms");
  }

  @Test
  void helpListsEverySubcommand() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new WmsCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("dev", "inventory-service", "audit");
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
    assertThat(InventoryServiceCommand.authProblem(Map.of("WMS_API_TOKENS", "short=admin")))
        .hasValueSatisfying(m -> assertThat(m).contains("invalid").doesNotContain("short"));
  }

  @Test
  void theTokensFileRateBudgetsAndCorsOriginsAreCheckedBeforeTheStart(@TempDir Path dir)
      throws Exception {
    String token = "0123456789abcdef0123";
    assertThat(
            InventoryServiceCommand.authProblem(
                Map.of("WMS_API_TOKENS_FILE", dir.resolve("none").toString())))
        .hasValueSatisfying(m -> assertThat(m).contains("WMS_API_TOKENS_FILE", "cannot be read"));
    Path file = Files.writeString(dir.resolve("tokens"), token + "=operator\n");
    assertThat(InventoryServiceCommand.authProblem(Map.of("WMS_API_TOKENS_FILE", file.toString())))
        .isEmpty();
    Map<String, String> tokens = Map.of("WMS_API_TOKENS", token + "=operator");
    assertThat(InventoryServiceCommand.authProblem(with(tokens, "WMS_RATE_LIMIT", "lots")))
        .hasValueSatisfying(m -> assertThat(m).contains("WMS_RATE_LIMIT", "lots"));
    assertThat(InventoryServiceCommand.authProblem(with(tokens, "WMS_RATE_LIMIT_WORKER", "-5")))
        .hasValueSatisfying(m -> assertThat(m).contains("WMS_RATE_LIMIT_WORKER"));
    assertThat(
            InventoryServiceCommand.authProblem(
                with(tokens, "WMS_CORS_ALLOWED_ORIGINS", "https://ops.example.com,ops.example")))
        .hasValueSatisfying(
            m -> assertThat(m).contains("WMS_CORS_ALLOWED_ORIGINS", "'ops.example'"));
    assertThat(
            InventoryServiceCommand.authProblem(
                with(tokens, "WMS_CORS_ALLOWED_ORIGINS", "https://ops.example.com:8443")))
        .isEmpty();
  }

  private static Map<String, String> with(Map<String, String> env, String name, String value) {
    Map<String, String> more = new java.util.HashMap<>(env);
    more.put(name, value);
    return more;
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
