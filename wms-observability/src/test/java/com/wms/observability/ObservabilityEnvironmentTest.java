package com.wms.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ObservabilityEnvironmentTest {

  private static MockEnvironment prepared(String... keyValues) {
    MockEnvironment env = new MockEnvironment();
    for (int i = 0; i < keyValues.length; i += 2) {
      env.setProperty(keyValues[i], keyValues[i + 1]);
    }
    new ObservabilityEnvironment().postProcessEnvironment(env, new SpringApplication());
    return env;
  }

  @Test
  void withoutAnOtlpEndpointTracingIsOffAndNoneOfItsAutoConfigurationsLoads() {
    MockEnvironment env = prepared();

    assertThat(env.getProperty("management.tracing.enabled")).isEqualTo("false");
    assertThat(env.getProperty("spring.autoconfigure.exclude"))
        .contains(
            "OpenTelemetryTracingAutoConfiguration", "DataSourceObservationAutoConfiguration");
    assertThat(env.getProperty("management.otlp.tracing.endpoint")).isNull();
    assertThat(env.getProperty("logging.structured.format.console")).isNull();
  }

  @Test
  void theStandardEndpointVariableTurnsTracingOnAndExportsEveryTraceOverOtlpHttp() {
    MockEnvironment env = prepared("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/");

    assertThat(env.getProperty("management.tracing.enabled")).isEqualTo("true");
    assertThat(env.getProperty("spring.autoconfigure.exclude")).isNull();
    assertThat(env.getProperty("management.otlp.tracing.endpoint"))
        .isEqualTo("http://collector:4318/v1/traces");
    assertThat(env.getProperty("management.otlp.tracing.transport")).isEqualTo("http");
    assertThat(env.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
  }

  @Test
  void theTracesEndpointHeadersAndSamplerArgumentAreHonoured() {
    MockEnvironment env =
        prepared(
            "OTEL_EXPORTER_OTLP_ENDPOINT", "http://ignored:4318",
            "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318/custom/traces",
            "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
            "OTEL_EXPORTER_OTLP_HEADERS", "Api-Key=secret, x-team = wms",
            "OTEL_TRACES_SAMPLER_ARG", "0.25");

    assertThat(env.getProperty("management.otlp.tracing.endpoint"))
        .isEqualTo("http://collector:4318/custom/traces");
    assertThat(env.getProperty("management.otlp.tracing.headers.api-key")).isEqualTo("secret");
    assertThat(env.getProperty("management.otlp.tracing.headers.x-team")).isEqualTo("wms");
    assertThat(env.getProperty("management.tracing.sampling.probability")).isEqualTo("0.25");
  }

  @Test
  void otlpOverGrpcIsRefusedWithAMessageInsteadOfFailingAtTheFirstExport() {
    assertThatThrownBy(
            () ->
                prepared(
                    "OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4317",
                    "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http/protobuf");
  }

  @Test
  void tracesExporterNoneOrADisabledSdkKeepTracingOffDespiteAnEndpoint() {
    assertThat(
            prepared("OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318", "OTEL_TRACES_EXPORTER", "none")
                .getProperty("management.tracing.enabled"))
        .isEqualTo("false");
    assertThat(
            prepared("OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318", "OTEL_SDK_DISABLED", "true")
                .getProperty("management.tracing.enabled"))
        .isEqualTo("false");
  }

  @Test
  void tracingCanBeTurnedOnExplicitlyWithoutOtlpExport() {
    MockEnvironment env = prepared("management.tracing.enabled", "true");

    assertThat(env.getProperty("management.tracing.enabled")).isEqualTo("true");
    assertThat(env.getProperty("management.otlp.tracing.endpoint")).isNull();
    assertThat(env.getProperty("spring.autoconfigure.exclude")).isNull();
  }

  @Test
  void anApplicationsOwnExclusionsAreKeptWhenTracingIsOff() {
    MockEnvironment env = prepared("spring.autoconfigure.exclude", "com.example.Mine");

    assertThat(env.getProperty("spring.autoconfigure.exclude"))
        .startsWith("com.example.Mine,")
        .contains("MicrometerTracingAutoConfiguration");
  }

  @Test
  void jsonLogsAreElasticCommonSchemaWithTemporalFieldsRenamedAndNoBanner() {
    MockEnvironment env = prepared("WMS_LOG_FORMAT", "json");

    assertThat(env.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    assertThat(env.getProperty("spring.main.banner-mode")).isEqualTo("off");
    assertThat(env.getProperty("logging.structured.json.rename[WorkflowId]"))
        .isEqualTo("workflowId");
    assertThat(env.getProperty("logging.structured.json.rename[ActivityType]"))
        .isEqualTo("activity");
    assertThat(prepared("WMS_LOG_FORMAT", "text").getProperty("logging.structured.format.console"))
        .isNull();
  }

  @Test
  void anUnknownLogFormatIsRefusedWithTheAcceptedValues() {
    assertThatThrownBy(() -> prepared("WMS_LOG_FORMAT", "xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WMS_LOG_FORMAT must be text or json, not 'xml'");
  }

  @Test
  void everyProcessGetsLatencyHistogramsAndOneObservationPerRequest() {
    MockEnvironment env = prepared();

    assertThat(
            env.getProperty(
                "management.metrics.distribution.percentiles-histogram.http.server.requests"))
        .isEqualTo("true");
    assertThat(env.getProperty("management.observations.enable.spring.security"))
        .isEqualTo("false");
  }
}
