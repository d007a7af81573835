package com.wms.orchestrator.worker;

import com.wms.observability.LogFields;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.context.ContextPropagator;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Carries the {@code orderId} log field from the order API into the order's workflow, its child
 * workflows and its activities (in Temporal headers), so every line they log names the order.
 */
final class LogFieldsPropagator implements ContextPropagator {
  private static final DataConverter CONVERTER = DefaultDataConverter.STANDARD_INSTANCE;

  @Override
  public String getName() {
    return "wms-log-fields";
  }

  @Override
  public Map<String, Payload> serializeContext(Object context) {
    if (context instanceof String orderId) {
      return Map.of(LogFields.ORDER_ID, CONVERTER.toPayload(orderId).orElseThrow());
    }
    return Map.of();
  }

  @Override
  public Object deserializeContext(Map<String, Payload> header) {
    Payload orderId = header.get(LogFields.ORDER_ID);
    return orderId == null ? null : CONVERTER.fromPayload(orderId, String.class, String.class);
  }

  @Override
  public Object getCurrentContext() {
    return MDC.get(LogFields.ORDER_ID);
  }

  @Override
  public void setCurrentContext(Object context) {
    if (context instanceof String orderId) {
      MDC.put(LogFields.ORDER_ID, orderId);
    } else {
      MDC.remove(LogFields.ORDER_ID);
    }
  }
}
