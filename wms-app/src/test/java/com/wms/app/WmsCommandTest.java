package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
