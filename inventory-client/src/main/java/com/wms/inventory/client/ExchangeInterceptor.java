package com.wms.inventory.client;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Wraps every HTTP exchange of an {@link InventoryClient}: a tracer records it as a span and sends
 * the W3C {@code traceparent} header with the request (a copy of the request may go on in its
 * place). {@link #NONE} sends the request as it is.
 */
@FunctionalInterface
public interface ExchangeInterceptor {
  ExchangeInterceptor NONE = (request, exchange) -> exchange.send(request);

  HttpResponse<String> intercept(HttpRequest request, Exchange exchange)
      throws IOException, InterruptedException;

  /** Sends a request and reads its response. */
  @FunctionalInterface
  interface Exchange {
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException;
  }
}
