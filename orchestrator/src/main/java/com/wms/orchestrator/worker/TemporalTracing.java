package com.wms.orchestrator.worker;

import com.wms.inventory.client.ExchangeInterceptor;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.opentracingshim.OpenTracingShim;
import io.temporal.opentracing.OpenTracingClientInterceptor;
import io.temporal.opentracing.OpenTracingOptions;
import io.temporal.opentracing.OpenTracingWorkerInterceptor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tracing of the orchestrator, only while tracing is on ({@code management.tracing.enabled}, set
 * from the OpenTelemetry variables): Temporal's OpenTracing interceptors, through the OpenTelemetry
 * shim, make spans for the client's workflow starts, signals, updates and queries and for every
 * workflow, child workflow and activity, carrying the trace in Temporal headers; the inventory
 * client records each HTTP call as a client span and sends its W3C {@code traceparent}. Off, none
 * of these beans exists and nothing is intercepted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("management.tracing.enabled")
class TemporalTracing {

  @Bean
  OpenTracingOptions temporalTracingOptions(OpenTelemetry openTelemetry) {
    return OpenTracingOptions.newBuilder()
        .setTracer(OpenTracingShim.createTracerShim(openTelemetry))
        .build();
  }

  @Bean
  OpenTracingClientInterceptor temporalClientTracing(OpenTracingOptions options) {
    return new OpenTracingClientInterceptor(options);
  }

  @Bean
  OpenTracingWorkerInterceptor temporalWorkerTracing(OpenTracingOptions options) {
    return new OpenTracingWorkerInterceptor(options);
  }

  @Bean
  ExchangeInterceptor inventoryClientTracing(ObservationRegistry observations) {
    return new TracedInventoryExchange(observations);
  }
}
