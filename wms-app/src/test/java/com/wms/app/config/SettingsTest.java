package com.wms.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void everyExampleInAMessageIsAGoodValueOfItsKind() {
    for (Setting s : Settings.ALL) {
      String example = s.example().replaceAll("^\"|\"$", "");
      // Shell substitutions and file paths are examples of another kind.
      if (!example.startsWith("$(") && s.kind() != Kind.FILE && s.kind() != Kind.API_TOKENS_FILE) {
        assertThat(s.kind().problem(example)).as(s.name() + "=" + example).isEmpty();
      }
    }
  }

  @Test
  void goodValuesOfEveryKindPass() {
    Map<Kind, List<String>> good =
        Map.ofEntries(
            Map.entry(Kind.PORT, List.of("0", "8080", "65535")),
            Map.entry(Kind.DURATION, List.of("PT30S", "P30D", "30s", "24h", "500ms", "500")),
            Map.entry(Kind.ISO_DURATION_OR_MILLIS, List.of("PT5S", "5000")),
            Map.entry(Kind.POSITIVE_INT, List.of("1", "64", "2147483647")),
            Map.entry(Kind.RATIO, List.of("0", "0.5", ".25", "1", "1.0")),
            Map.entry(Kind.BOOLEAN, List.of("true", "FALSE")),
            Map.entry(Kind.HTTP_URL, List.of("http://127.0.0.1:8080", "https://hooks.example/x")),
            Map.entry(Kind.POSTGRES_URL, List.of("jdbc:postgresql://db:5432/wms?ssl=true")),
            Map.entry(Kind.HOST_PORT, List.of("127.0.0.1:7233", "ns.tmprl.cloud:7233")),
            Map.entry(Kind.HOST_PORT_LIST, List.of("127.0.0.1:9092", "k1:9092, k2:9093")),
            Map.entry(Kind.HOST, List.of("127.0.0.1", "0.0.0.0", "localhost", "::1")),
            Map.entry(Kind.API_TOKENS, List.of("0123456789abcdef=viewer,fedcba9876543210=admin")),
            Map.entry(Kind.API_TOKEN, List.of("0123456789abcdef")),
            Map.entry(Kind.LOCATION, List.of("STAGING", "A-01:3")),
            Map.entry(Kind.REQUESTS_PER_SECOND, List.of("0", "100", "1000000000")),
            Map.entry(Kind.ORIGINS, List.of("https://ops.example.com", "http://127.0.0.1:3000, *")),
            Map.entry(Kind.HEADER_VALUE, List.of("default-src 'self'")));
    good.forEach(
        (kind, values) -> values.forEach(v -> assertThat(kind.problem(v)).as(v).isEmpty()));
  }

  @Test
  void kafkaBrokersAreHostPortPairsSeparatedByCommas() {
    assertThat(Kind.HOST_PORT_LIST.problem("k1:9092,")).isPresent();
    assertThat(Kind.HOST_PORT_LIST.problem("k1")).isPresent();
    assertThat(Kind.HOST_PORT_LIST.problem("http://k1:9092")).isPresent();
  }

  @Test
  void aSecretsValueIsNeverShownButAnOrdinaryOneIs() {
    Map<String, String> env =
        Map.of("WMS_API_TOKENS", "hunter2hunter2=root", "WMS_SWEEP_INTERVAL", "often");

    assertThat(Settings.problems(Use.INVENTORY_SERVICE, env))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("WMS_API_TOKENS is invalid: entry 1"))
        .anySatisfy(p -> assertThat(p).startsWith("WMS_SWEEP_INTERVAL=often is not a duration"))
        .noneSatisfy(p -> assertThat(p).contains("hunter2"));
  }

  @Test
  void aCommandChecksOnlyWhatItReads() {
    Map<String, String> env = Map.of("TEMPORAL_ADDRESS", "nowhere", "WMS_RESERVATION_TTL", "x");

    assertThat(Settings.problems(Use.WORKER, env)).singleElement().asString().contains("TEMPORAL");
    assertThat(Settings.problems(Use.INVENTORY_SERVICE, env))
        .singleElement()
        .asString()
        .contains("WMS_RESERVATION_TTL");
    assertThat(Settings.problems(Use.AUDIT, env)).isEmpty();
  }

  @Test
  void everySettingIsInTheReadmesConfigurationTable() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String table = readme.substring(readme.indexOf("## Configuration"));
    for (Setting s : Settings.ALL) {
      assertThat(table).as("README configuration table").contains("`" + s.name() + "`");
    }
  }
}
