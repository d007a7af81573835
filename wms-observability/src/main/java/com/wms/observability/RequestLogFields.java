package com.wms.observability;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the caller ({@code principal}, e.g. {@code operator#1a2b3c}) and the {@code sku} and {@code
 * orderId} of the request path into the log fields of every line logged while the handler runs, and
 * takes them out when the request ends.
 */
final class RequestLogFields implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      MDC.put(LogFields.PRINCIPAL, principal.getName());
    }
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> path) {
      put(LogFields.SKU, path.get(LogFields.SKU));
      put(LogFields.ORDER_ID, path.get(LogFields.ORDER_ID));
    }
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object h, Exception e) {
    MDC.remove(LogFields.PRINCIPAL);
    MDC.remove(LogFields.SKU);
    MDC.remove(LogFields.ORDER_ID);
  }

  private static void put(String key, Object value) {
    if (value instanceof String s) {
      MDC.put(key, s);
    }
  }
}
