package com.wms.orchestrator.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.wms.events.EventOutbox;
import com.wms.events.EventSink;
import com.wms.events.EventStream;
import com.wms.events.EventsConfiguration;
import com.wms.inventory.client.ExchangeInterceptor;
import com.wms.inventory.client.InventoryClient;
import com.wms.inventory.client.InventoryClientConfig;
import com.wms.orchestrator.order.FulfillmentDefaults;
import com.wms.orchestrator.order.NotificationWebhook;
import com.wms.orchestrator.order.OrderEvents;
import com.wms.orchestrator.order.OrderMetrics;
import com.wms.security.ApiSecurityConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.serviceclient.SimpleSslContextBuilder;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * Wires the orchestrator: the Temporal client, the worker on task queue {@code orchestrator}, the
 * inventory client (with its own bearer token, {@code WMS_INVENTORY_TOKEN}) and the order side with
 * the API security, and the order events (stream {@code order}, with the webhook as one of its
 * sinks). Import it next to the inventory service (dev mode) or on its own ({@code wms worker}).
 */
@Configuration
@ComponentScan("com.wms.orchestrator")
@EnableConfigurationProperties(OrchestratorProperties.class)
@PropertySource("classpath:orchestrator.properties")
@Import({ApiSecurityConfiguration.class, EventsConfiguration.class})
public class OrchestratorConfiguration {

  /**
   * The Temporal SDK's metrics (task slots, schedule-to-start latency, poll and request failures,
   * ...) on the application's Micrometer registry, so they appear on /actuator/prometheus.
   */
  @Bean(destroyMethod = "close")
  Scope temporalMetricsScope(MeterRegistry meters) {
    return new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(meters))
        .reportEvery(com.uber.m3.util.Duration.ofSeconds(10));
  }

  /** One set of tag keys per Temporal request metric, as Prometheus requires. */
  @Bean
  MeterFilter temporalMetricTags() {
    return new TemporalMetricTags();
  }

  /** The network address of Temporal, or dev mode's in-process server. */
  @Bean(destroyMethod = "close")
  TemporalChannel temporalChannel(OrchestratorProperties p) {
    return TemporalChannel.of(p);
  }

  @Bean(destroyMethod = "shutdown")
  WorkflowServiceStubs workflowServiceStubs(
      OrchestratorProperties p, TemporalChannel channel, Scope temporalMetricsScope) {
    WorkflowServiceStubsOptions.Builder options =
        channel
            .applyTo(WorkflowServiceStubsOptions.newBuilder())
            .setMetricsScope(temporalMetricsScope);
    if (channel.inProcess()) {
      // Dev mode: the server is part of this process; TLS and API keys are for a real cluster.
      return WorkflowServiceStubs.newServiceStubs(options.build());
    }
    if (!p.temporalTlsCert().isBlank()) {
      try (InputStream cert = Files.newInputStream(Path.of(p.temporalTlsCert()));
          InputStream key = Files.newInputStream(Path.of(p.temporalTlsKey()))) {
        options.setSslContext(SimpleSslContextBuilder.forPKCS8(cert, key).build());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read TEMPORAL_TLS_CERT/TEMPORAL_TLS_KEY", e);
      }
    }
    if (!p.temporalApiKey().isBlank()) {
      options.setEnableHttps(true).addApiKey(p::temporalApiKey);
    }
    return WorkflowServiceStubs.newServiceStubs(options.build());
  }

  /**
   * The client of the order API and of the worker; with tracing on, its interceptor starts a span
   * for every start, signal, update and query. The order id travels to the workflows as a log
   * field.
   */
  @Bean
  WorkflowClient workflowClient(
      WorkflowServiceStubs stubs,
      OrchestratorProperties p,
      ObjectProvider<WorkflowClientInterceptor> interceptors) {
    return WorkflowClient.newInstance(
        stubs,
        WorkflowClientOptions.newBuilder()
            .setNamespace(p.temporalNamespace())
            .setInterceptors(interceptors.orderedStream().toArray(WorkflowClientInterceptor[]::new))
            .setContextPropagators(List.of(new LogFieldsPropagator()))
            .build());
  }

  @Bean
  FulfillmentDefaults fulfillmentDefaults(OrchestratorProperties p) {
    return new FulfillmentDefaults(
        FulfillmentDefaults.pickTimeouts(
            p.pickTimeoutSameDay(),
            p.pickTimeoutNextDay(),
            p.pickTimeoutStandard(),
            p.pickTimeout()),
        p.shortageThreshold(),
        p.reviewTimeout(),
        p.packTimeout(),
        p.stagingLocation());
  }

  @Bean
  InventoryClient inventoryClient(
      OrchestratorProperties p, ObjectProvider<ExchangeInterceptor> interceptor) {
    // Timeouts from WMS_INVENTORY_CONNECT_TIMEOUT / WMS_INVENTORY_REQUEST_TIMEOUT; the URL and
    // token from the orchestrator's settings, which dev mode overrides.
    InventoryClientConfig env = InventoryClientConfig.fromEnvironment();
    return new InventoryClient(
        new InventoryClientConfig(
            p.inventoryUrl(),
            env.connectTimeout(),
            env.requestTimeout(),
            p.inventoryToken().isBlank() ? null : p.inventoryToken()),
        interceptor.getIfAvailable(() -> ExchangeInterceptor.NONE));
  }

  @Bean
  OrderMetrics orderMetrics(
      com.wms.orchestrator.order.OrderRepository orders,
      FulfillmentDefaults defaults,
      MeterRegistry meters) {
    return new OrderMetrics(orders, defaults, meters);
  }

  /** The order stream: status changes written by the order tables' writers into the outbox. */
  @Bean
  EventStream orderStream(EventOutbox outbox) {
    return new EventStream(
        OrderEvents.STREAM,
        OrderEvents.SOURCE,
        OrderEvents.TOPIC,
        List.of(outbox.source(OrderEvents.STREAM)));
  }

  /** With WMS_WEBHOOK_URL set, every order event is POSTed there: a sink of the order stream. */
  @Bean
  @ConditionalOnExpression("!'${wms.orchestrator.webhook-url:}'.isBlank()")
  EventSink notificationWebhook(OrchestratorProperties p) {
    return new NotificationWebhook(p.webhookUrl());
  }

  @Bean
  OrdersSchema ordersSchema(DataSource dataSource) {
    return new OrdersSchema(dataSource);
  }

  @Bean
  WorkerLifecycle workerLifecycle(
      WorkflowClient client,
      InventoryClient inventory,
      com.wms.orchestrator.order.OrderRepository orders,
      ObjectMapper json,
      OrchestratorProperties p,
      OrdersSchema schema,
      OrderMetrics metrics,
      ObjectProvider<WorkerInterceptor> interceptors,
      // Not an environment variable of the product: the replica tests set it (see WorkerLifecycle).
      @Value("${wms.orchestrator.sticky-schedule-to-start-timeout:PT5S}") Duration stickyTimeout) {
    return new WorkerLifecycle(
        client,
        inventory,
        orders,
        json,
        p,
        metrics,
        interceptors.orderedStream().toList(),
        stickyTimeout);
  }
}
