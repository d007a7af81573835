package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.inventory.service.support.Api;
import io.temporal.serviceclient.MetricsType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Grafana dashboard and the Prometheus alert rules in {@code ops/} use only metric names that a
 * running system exposes on /actuator/prometheus, so neither can break silently when a metric is
 * renamed.
 */
class DashboardMetricsIT {
  private static final Path OPS = Path.of("..", "ops");

  /**
   * Counters of the Temporal SDK that appear only once something failed; for these the name is
   * checked against the SDK's own constant instead.
   */
  private static final Map<String, String> FAILURE_ONLY =
      Map.of(
          "temporal_long_request_failure_total", MetricsType.TEMPORAL_LONG_REQUEST_FAILURE,
          "temporal_request_failure_total", MetricsType.TEMPORAL_REQUEST_FAILURE);

  private static final Set<String> PROMQL_WORDS =
      Set.of(
          "sum",
          "min",
          "max",
          "avg",
          "count",
          "rate",
          "irate",
          "increase",
          "delta",
          "histogram_quantile",
          "time",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "abs",
          "clamp_min",
          "vector");

  @Test
  void everyMetricTheDashboardAndTheAlertRulesUseIsExposedByARunningSystem() throws Exception {
    Set<String> used = new TreeSet<>();
    for (String expr : dashboardExpressions()) {
      used.addAll(metricNames(expr));
    }
    List<String> rules = ruleExpressions();
    assertThat(rules).as("alert rules").hasSizeGreaterThanOrEqualTo(4);
    for (String expr : rules) {
      used.addAll(metricNames(expr));
    }
    assertThat(used).contains("wms_inventory_audit_last_ok", "wms_orders");
    FAILURE_ONLY.forEach((name, sdkName) -> assertThat(name).isEqualTo(sdkName + "_total"));
    used.removeAll(FAILURE_ONLY.keySet());

    TestSystem system = TestSystem.get();
    driveALittleTraffic(system);
    Api viewer = system.api(Api.VIEWER_TOKEN);
    Set<String> missing = new TreeSet<>(used);
    long deadline = System.nanoTime() + 30_000_000_000L;
    // The Temporal SDK reports its gauges every 10 s.
    while (!missing.isEmpty() && System.nanoTime() < deadline) {
      Api.Response scrape = viewer.get("/actuator/prometheus");
      assertThat(scrape.status()).isEqualTo(200);
      missing.removeAll(exposed(scrape.raw().body()));
      if (System.getProperty("debugScrape") != null) {
        System.err.println(scrape.raw().body());
      }
      if (!missing.isEmpty()) {
        Thread.sleep(1000);
      }
    }
    assertThat(missing).as("metrics used by ops/ but not exposed").isEmpty();
  }

  @Test
  void metricNamesAreReadFromPromQlWithoutFunctionsLabelsOrRanges() {
    assertThat(
            metricNames(
                "histogram_quantile(0.95, sum by (le, uri) (rate(a_seconds_bucket{uri=~\"/x.*\","
                    + " outcome=\"SERVER_ERROR\"}[$__rate_interval]))) / ignoring(x) b_total > 0.01"
                    + " or time() - max(c_timestamp_seconds)"))
        .containsExactlyInAnyOrder("a_seconds_bucket", "b_total", "c_timestamp_seconds");
  }

  /** Places an order and ships it, replays a request, audits: every kind of metric gets a value. */
  private static void driveALittleTraffic(TestSystem system) {
    DemoDriver driver = system.driver();
    driver.seed(10);
    driver.shipped();
    Api api = system.api();
    String body =
        "{\"orderId\":\""
            + Api.unique("replay")
            + "\",\"items\":[{\"sku\":\""
            + driver.sku("A")
            + "\",\"quantity\":1}]}";
    String key = Api.unique("replay-key");
    assertThat(api.post("/api/v1/inventory/reserve", body, key).status()).isEqualTo(200);
    Api.Response replay = api.post("/api/v1/inventory/reserve", body, key);
    assertThat(replay.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(api.get("/api/v1/audit").body().get("ok").asBoolean()).isTrue();
  }

  private static List<String> dashboardExpressions() throws IOException {
    JsonNode dashboard =
        new ObjectMapper().readTree(OPS.resolve("grafana/wms-dashboard.json").toFile());
    List<String> exprs = new ArrayList<>();
    for (JsonNode panel : panels(dashboard)) {
      String title = panel.path("title").asText();
      assertThat(panel.path("targets")).as("queries of panel '%s'", title).isNotEmpty();
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asText();
        assertThat(metricNames(expr)).as("metrics of '%s' in panel '%s'", expr, title).isNotEmpty();
        exprs.add(expr);
      }
    }
    assertThat(exprs).as("dashboard queries").hasSizeGreaterThan(10);
    return exprs;
  }

  /** Every panel that shows data, including those inside collapsed rows. */
  private static List<JsonNode> panels(JsonNode dashboard) {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      if (!"row".equals(panel.path("type").asText())) {
        panels.add(panel);
      }
      panel.path("panels").forEach(panels::add);
    }
    return panels;
  }

  @SuppressWarnings("unchecked")
  private static List<String> ruleExpressions() throws IOException {
    List<String> exprs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(OPS.resolve("prometheus/wms-alerts.yml"))) {
      Map<String, Object> file = new Yaml().load(in);
      for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
        for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
          String expr = String.valueOf(rule.get("expr"));
          assertThat(metricNames(expr)).as("metrics of rule %s", rule.get("alert")).isNotEmpty();
          exprs.add(expr);
        }
      }
    }
    return exprs;
  }

  /** The metric names of a PromQL expression: what is left without strings, labels and words. */
  static Set<String> metricNames(String expr) {
    String bare =
        expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
            .replaceAll("\\$\\w+", " ");
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(bare);
    while (m.find()) {
      String word = m.group();
      boolean call = bare.substring(m.end()).stripLeading().startsWith("(");
      if (!call && !PROMQL_WORDS.contains(word)) {
        names.add(word);
      }
    }
    return names;
  }

  /** The sample names of a Prometheus text exposition. */
  private static Set<String> exposed(String scrape) {
    Set<String> names = new TreeSet<>();
    for (String line : scrape.split("\n")) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        int end = line.indexOf('{');
        names.add(line.substring(0, end >= 0 ? end : line.indexOf(' ')));
      }
    }
    return names;
  }
}
