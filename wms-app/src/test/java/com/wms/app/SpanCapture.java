package com.wms.app;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Added to a traced test system ({@code spring.main.sources}): every finished span also goes to
 * {@link #SPANS}, next to the OTLP export.
 */
@Configuration(proxyBeanMethods = false)
public class SpanCapture {
  static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

  @Bean
  InMemorySpanExporter capturedSpans() {
    return SPANS;
  }
}
