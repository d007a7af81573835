package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.orchestrator.inventory.InventoryActivities;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.temporal.activity.ActivityMethod;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trace per order, from the order API to the SQL: a system traced as production traces it
 * (OTEL_EXPORTER_OTLP_ENDPOINT set, JSON logs) drives orders to their end; the spans it exports are
 * also kept in memory and checked against what Temporal recorded of the same orders. It runs in a
 * failsafe execution of its own (wms-app/pom.xml): Spring Boot configures logging once per JVM, so
 * beside another test's system its system would log text.
 */
class OrderTraceIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INVENTORY_ACTIVITIES =
      Arrays.stream(InventoryActivities.class.getMethods())
          .map(m -> m.getAnnotation(ActivityMethod.class))
          .filter(a -> a != null && !a.name().isEmpty())
          .map(ActivityMethod::name)
          .collect(Collectors.toSet());

  private static OtlpCollectorStub collector;
  private static ConsoleCapture console;
  private static TestSystem traced;
  private DemoDriver driver;

  @BeforeAll
  static void start() throws IOException {
    collector = new OtlpCollectorStub();
    traced =
        TestSystem.start(
            "OTEL_EXPORTER_OTLP_ENDPOINT",
            collector.endpoint(),
            "WMS_LOG_FORMAT",
            "json",
            "spring.main.sources",
            SpanCapture.class.getName(),
            // Every statement logged, so that lines logged inside inventory requests exist.
            "logging.level.org.springframework.jdbc.core.JdbcTemplate",
            "DEBUG");
    // From here on every line on the console must be a JSON log line (drivers report to stderr).
    console = new ConsoleCapture();
  }

  /** Each test's own SKUs and orders. */
  @BeforeEach
  void seed() {
    driver =
        new DemoDriver(traced.http(), System.err, UUID.randomUUID().toString().substring(0, 8));
    driver.seed(10);
  }

  @AfterAll
  static void stop() {
    if (console != null) {
      console.close();
    }
    if (traced != null) {
      traced.close();
    }
    collector.close();
  }

  @Test
  void oneTraceHoldsTheOrderApiTheWorkflowsEveryActivityAndTheInventoryRequestsWithTheirSql() {
    String orderId = driver.shipped().orderId();

    TraceTree trace = traceOf(orderId);

    SpanData api = assertOneRootThatIsTheOrderApiRequest(trace);
    assertThat(trace.orphans()).as("spans whose parent is missing").isEmpty();
    Map<String, String> workflows = workflowsOf("order-" + orderId);
    SpanData run = assertWorkflowSpans(trace, workflows, "order-" + orderId);
    assertThat(trace.isAncestor(api, run)).isTrue();
    assertActivitySpans(trace, workflows);
    assertInventoryRequestsAndTheirSql(trace);
    // On stderr: the console (stdout) carries only JSON log lines here.
    System.err.printf(
        "trace of order %s: %d spans, depth %d, %d workflow(s), %d activity span(s),"
            + " %d inventory request(s), %d database span(s)%n",
        orderId,
        trace.spans().size(),
        trace.depth(),
        workflows.size(),
        trace.named("RunActivity:").size(),
        trace.find(TraceTree.server("POST", "/api/v1/inventory")).size()
            + trace.find(TraceTree.server("GET", "/api/v1/")).size(),
        trace.find(OrderTraceIT::database).size());
  }

  @Test
  void aCompensatedOrderTracesItsCancellationChildWorkflowInTheSameTrace() {
    String orderId = driver.cancelledAfterStaging().orderId();

    TraceTree trace = traceOf(orderId);

    assertOneRootThatIsTheOrderApiRequest(trace);
    assertThat(trace.orphans()).isEmpty();
    Map<String, String> workflows = workflowsOf("order-" + orderId);
    assertThat(workflows).as("the compensation runs as a child workflow").hasSizeGreaterThan(1);
    assertWorkflowSpans(trace, workflows, "order-" + orderId);
    assertActivitySpans(trace, workflows);
    assertInventoryRequestsAndTheirSql(trace);
  }

  @Test
  void theWarehousesRequestsToARunningOrderAreTracedIntoItsWorkflow() {
    String orderId = driver.shipped().orderId();
    traceOf(orderId);

    List<SpanData> all = SpanCapture.SPANS.getFinishedSpanItems();
    List<SpanData> requests =
        all.stream()
            .filter(TraceTree.server("POST", "/api/v1/orders/{orderId}/"))
            .filter(s -> traceHasWorkflow(all, s.getTraceId(), "order-" + orderId))
            .toList();
    assertThat(requests).as("pick-completed and packed requests of %s", orderId).hasSize(2);
    for (SpanData request : requests) {
      TraceTree trace = new TraceTree(all, request.getTraceId());
      List<SpanData> sent =
          trace.find(
              s ->
                  (s.getName().startsWith("SignalWorkflow:")
                          || s.getName().startsWith("UpdateWorkflow:"))
                      && trace.isAncestor(request, s));
      assertThat(sent).as("Temporal client span under %s", request.getName()).isNotEmpty();
      assertThat(
              trace.find(
                  s ->
                      (s.getName().startsWith("HandleSignal:")
                              || s.getName().startsWith("HandleUpdate:"))
                          && trace.isAncestor(sent.get(0), s)))
          .as("the workflow's handler span")
          .isNotEmpty();
    }
  }

  @Test
  void everyLogLineIsJsonAndLinesInsideTheTraceCarryItsIdsAndTheirFields() {
    String orderId = driver.shipped().orderId();
    String traceId = traceOf(orderId).roots().get(0).getTraceId();

    List<JsonNode> lines = new ArrayList<>();
    for (String line : console.lines()) {
      lines.add(parse(line));
    }
    List<JsonNode> traced = lines.stream().filter(l -> traceId.equals(text(l, "traceId"))).toList();
    assertThat(traced).as("log lines of the order's trace").isNotEmpty();
    assertThat(traced).allSatisfy(l -> assertThat(text(l, "spanId")).hasSize(16));
    List<JsonNode> activities = traced.stream().filter(l -> text(l, "activity") != null).toList();
    assertThat(activities).as("lines logged by activities").isNotEmpty();
    assertThat(activities)
        .allSatisfy(
            l -> {
              assertThat(text(l, "orderId")).isEqualTo(orderId);
              assertThat(text(l, "workflowId")).isEqualTo("order-" + orderId);
            });
    List<JsonNode> requests = traced.stream().filter(l -> text(l, "principal") != null).toList();
    assertThat(requests).as("lines logged inside inventory requests").isNotEmpty();
    assertThat(requests).anySatisfy(l -> assertThat(text(l, "sku")).startsWith("DEMO-"));
    // Every line with request or activity fields belongs to a trace.
    assertThat(lines)
        .filteredOn(l -> text(l, "activity") != null || text(l, "principal") != null)
        .allSatisfy(l -> assertThat(text(l, "traceId")).as("traceId of %s", l).isNotNull());
  }

  @Test
  void spansAreExportedOverOtlpHttpToTheConfiguredEndpoint() {
    driver.shipped();
    flush();

    assertThat(collector.exports())
        .anySatisfy(
            e -> {
              assertThat(e.path()).isEqualTo("/v1/traces");
              assertThat(e.contentType()).isEqualTo("application/x-protobuf");
              assertThat(e.bytes()).isPositive();
            });
  }

  private static SpanData assertOneRootThatIsTheOrderApiRequest(TraceTree trace) {
    assertThat(trace.roots()).hasSize(1);
    SpanData root = trace.roots().get(0);
    assertThat(root.getKind()).isEqualTo(SpanKind.SERVER);
    assertThat(TraceTree.attribute(root, "uri")).isEqualTo("/api/v1/orders");
    assertThat(TraceTree.attribute(root, "method")).isEqualTo("POST");
    return root;
  }

  /**
   * Each workflow the order ran has its run span; the order's own hangs under the client's start
   * span, each child's under its parent's start-child span. Returns the order workflow's run span.
   */
  private static SpanData assertWorkflowSpans(
      TraceTree trace, Map<String, String> workflows, String orderWorkflowId) {
    SpanData orderRun = null;
    for (Map.Entry<String, String> w : workflows.entrySet()) {
      List<SpanData> runs =
          trace.find(
              s ->
                  s.getName().equals("RunWorkflow:" + w.getValue())
                      && w.getKey().equals(TraceTree.attribute(s, "workflowId")));
      assertThat(runs).as("run span of workflow %s", w.getKey()).isNotEmpty();
      SpanData started = trace.parent(runs.get(0));
      String expected =
          w.getKey().equals(orderWorkflowId)
              ? "StartWorkflow:" + w.getValue()
              : "StartChildWorkflow:" + w.getValue();
      assertThat(started.getName()).isEqualTo(expected);
      if (w.getKey().equals(orderWorkflowId)) {
        orderRun = runs.get(0);
      } else {
        assertThat(trace.parent(started).getName()).startsWith("RunWorkflow:");
      }
    }
    assertThat(orderRun).isNotNull();
    return orderRun;
  }

  /**
   * Every activity Temporal scheduled for the order has a run span under its workflow's (a child
   * workflow cancelled early may have scheduled none).
   */
  private static void assertActivitySpans(TraceTree trace, Map<String, String> workflows) {
    WorkflowClient client = traced.bean(WorkflowClient.class);
    for (String workflowId : workflows.keySet()) {
      SpanData run =
          trace
              .find(
                  s ->
                      s.getName().startsWith("RunWorkflow:")
                          && workflowId.equals(TraceTree.attribute(s, "workflowId")))
              .get(0);
      Map<String, Long> scheduled =
          client.fetchHistory(workflowId).getEvents().stream()
              .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
              .collect(
                  Collectors.groupingBy(
                      e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName(),
                      Collectors.counting()));
      scheduled.forEach(
          (type, count) -> {
            List<SpanData> runs =
                trace.find(
                    s -> s.getName().equals("RunActivity:" + type) && trace.isAncestor(run, s));
            assertThat(runs.size())
                .as("run spans of %s in %s", type, workflowId)
                .isGreaterThanOrEqualTo(count.intValue());
            assertThat(runs)
                .allSatisfy(
                    r -> assertThat(trace.parent(r).getName()).isEqualTo("StartActivity:" + type));
          });
    }
  }

  /**
   * Every inventory activity calls the inventory service: a client span whose child is the
   * service's server span, under which its SQL statements are spans.
   */
  private static void assertInventoryRequestsAndTheirSql(TraceTree trace) {
    List<SpanData> activities =
        trace.find(
            s ->
                s.getName().startsWith("RunActivity:")
                    && INVENTORY_ACTIVITIES.contains(s.getName().substring(12)));
    assertThat(activities).isNotEmpty();
    for (SpanData activity : activities) {
      List<SpanData> calls =
          trace.children(activity).stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
      assertThat(calls).as("inventory calls of %s", activity.getName()).isNotEmpty();
      for (SpanData call : calls) {
        List<SpanData> served =
            trace.children(call).stream().filter(s -> s.getKind() == SpanKind.SERVER).toList();
        assertThat(served).as("server span of %s", call.getName()).hasSize(1);
        assertThat(TraceTree.attribute(served.get(0), "uri")).startsWith("/api/v1/");
        assertThat(trace.descendants(served.get(0)))
            .as("database spans of %s", call.getName())
            .anyMatch(OrderTraceIT::database);
      }
    }
  }

  private static boolean database(SpanData s) {
    return s.getName().equals("query") || s.getName().equals("connection");
  }

  /** The trace that the order's workflow start belongs to, once the order's spans are exported. */
  private static TraceTree traceOf(String orderId) {
    try {
      // The order's workflow span ends when the workflow does, shortly after its last view.
      traced
          .bean(WorkflowClient.class)
          .newUntypedWorkflowStub("order-" + orderId)
          .getResult(30, TimeUnit.SECONDS, Object.class);
    } catch (TimeoutException e) {
      throw new AssertionError("order " + orderId + " did not end", e);
    }
    flush();
    List<SpanData> all = SpanCapture.SPANS.getFinishedSpanItems();
    SpanData start =
        all.stream()
            .filter(s -> s.getName().startsWith("StartWorkflow:"))
            .filter(s -> ("order-" + orderId).equals(TraceTree.attribute(s, "workflowId")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no StartWorkflow span for " + orderId));
    return new TraceTree(all, start.getTraceId());
  }

  private static boolean traceHasWorkflow(List<SpanData> all, String traceId, String workflowId) {
    return all.stream()
        .anyMatch(
            s ->
                s.getTraceId().equals(traceId)
                    && workflowId.equals(TraceTree.attribute(s, "workflowId")));
  }

  /** The order workflow and every child workflow it started, recursively: id to type. */
  private static Map<String, String> workflowsOf(String workflowId) {
    WorkflowClient client = traced.bean(WorkflowClient.class);
    Map<String, String> workflows = new LinkedHashMap<>();
    workflows.put(workflowId, "OrderFulfillmentWorkflow");
    List<String> open = new ArrayList<>(List.of(workflowId));
    while (!open.isEmpty()) {
      for (HistoryEvent e : client.fetchHistory(open.remove(0)).getEvents()) {
        if (e.hasChildWorkflowExecutionStartedEventAttributes()) {
          var child = e.getChildWorkflowExecutionStartedEventAttributes();
          workflows.put(
              child.getWorkflowExecution().getWorkflowId(), child.getWorkflowType().getName());
          open.add(child.getWorkflowExecution().getWorkflowId());
        }
      }
    }
    return workflows;
  }

  /** Exports every finished span now (the batch processor would within seconds). */
  private static void flush() {
    traced.bean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS);
  }

  private static JsonNode parse(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
      return node;
    } catch (IOException e) {
      throw new AssertionError("not a JSON log line: " + line, e);
    }
  }

  private static String text(JsonNode line, String field) {
    JsonNode value = line.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
