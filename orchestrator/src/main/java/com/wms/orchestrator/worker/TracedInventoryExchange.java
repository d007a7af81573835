package com.wms.orchestrator.worker;

import com.wms.inventory.client.ExchangeInterceptor;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Each call of the inventory client as one observation: with tracing on, a client span, child of
 * the activity's span, whose context goes to the inventory service in the W3C {@code traceparent}
 * header, so the service's spans join the order's trace.
 */
final class TracedInventoryExchange implements ExchangeInterceptor {
  static final String NAME = "wms.inventory.client.requests";

  private final ObservationRegistry observations;

  TracedInventoryExchange(ObservationRegistry observations) {
    this.observations = observations;
  }

  @Override
  public HttpResponse<String> intercept(HttpRequest request, Exchange exchange)
      throws IOException, InterruptedException {
    HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
    RequestReplySenderContext<HttpRequest.Builder, HttpResponse<String>> context =
        new RequestReplySenderContext<>(HttpRequest.Builder::header);
    context.setCarrier(copy);
    context.setRemoteServiceName("wms-inventory");
    Observation observation =
        Observation.createNotStarted(NAME, () -> context, observations)
            .contextualName(request.method() + " " + request.uri().getPath())
            .lowCardinalityKeyValue("method", request.method())
            .highCardinalityKeyValue("http.url", request.uri().toString())
            .start();
    try (Observation.Scope scope = observation.openScope()) {
      HttpResponse<String> response = exchange.send(copy.build());
      context.setResponse(response);
      observation.lowCardinalityKeyValue(
          KeyValue.of("status", String.valueOf(response.statusCode())));
      return response;
    } catch (IOException | InterruptedException | RuntimeException e) {
      observation.lowCardinalityKeyValue(KeyValue.of("status", "IO_ERROR"));
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }
}
