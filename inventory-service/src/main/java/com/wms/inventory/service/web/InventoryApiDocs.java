package com.wms.inventory.service.web;

import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.service.idempotency.IdempotentExecutor;
import com.wms.security.DatabaseProblemHandler;
import com.wms.security.ProblemDocs;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inventory API's part of the OpenAPI document: the codes of {@link Refuses}, and what every
 * inventory endpoint shares: 503 {@code UNAVAILABLE} when the database is busy or down, and for
 * every mutation (an endpoint that takes an {@code Idempotency-Key}) the key itself, the replay
 * header, 409 {@code CONCURRENT_UPDATE} and 422 {@code IDEMPOTENCY_KEY_REUSED}.
 */
@Configuration(proxyBeanMethods = false)
class InventoryApiDocs {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Bean
  OperationCustomizer inventoryRefusals() {
    return (operation, handler) -> {
      if (!handler.getBeanType().getPackageName().equals(InventoryApiDocs.class.getPackageName())) {
        return operation;
      }
      Map<Integer, TreeSet<String>> byStatus = new TreeMap<>();
      Refuses refuses = handler.getMethodAnnotation(Refuses.class);
      for (ErrorCode code : refuses == null ? new ErrorCode[0] : refuses.value()) {
        add(byStatus, code);
      }
      boolean mutation = idempotencyKey(operation) != null;
      if (mutation) {
        add(byStatus, ErrorCode.CONCURRENT_UPDATE);
        add(byStatus, ErrorCode.IDEMPOTENCY_KEY_REUSED);
        describeIdempotency(operation);
      }
      byStatus.forEach((status, codes) -> ProblemDocs.add(operation, status, codes));
      DatabaseProblemHandler.document(operation);
      return operation;
    };
  }

  /** The short lines of a refused reservation ({@code INSUFFICIENT_STOCK}). */
  @Bean
  OpenApiCustomizer inventoryProblemMembers() {
    return openApi -> {
      ObjectSchema line = new ObjectSchema();
      line.addProperty("sku", new StringSchema());
      line.addProperty("requested", new IntegerSchema().format("int64"));
      line.addProperty("available", new IntegerSchema().format("int64"));
      line.setRequired(List.of("sku", "requested", "available"));
      ProblemDocs.member(
          openApi,
          "shortLines",
          ProblemDocs.arrayOf(line)
              .description("INSUFFICIENT_STOCK: each line that could not be reserved in full"));
    };
  }

  private static void add(Map<Integer, TreeSet<String>> byStatus, ErrorCode code) {
    byStatus
        .computeIfAbsent(ProblemHandler.status(code.kind()).value(), s -> new TreeSet<>())
        .add(code.name());
  }

  private static Parameter idempotencyKey(Operation operation) {
    if (operation.getParameters() == null) {
      return null;
    }
    return operation.getParameters().stream()
        .filter(p -> "header".equals(p.getIn()) && IDEMPOTENCY_KEY.equals(p.getName()))
        .findFirst()
        .orElse(null);
  }

  private static void describeIdempotency(Operation operation) {
    idempotencyKey(operation)
        .description(
            "Makes the request safe to repeat: the same key with the same body replays the first"
                + " response without a second movement; the same key with another body is 422"
                + " IDEMPOTENCY_KEY_REUSED. Kept for WMS_IDEMPOTENCY_RETENTION (30 days).")
        .schema(new StringSchema().minLength(1).maxLength(200).pattern("^[!-~]+$"));
    operation
        .getResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2")) {
                response.addHeaderObject(
                    IdempotentExecutor.REPLAYED_HEADER,
                    new Header()
                        .description(
                            "true when this is the replay of an earlier response to the key")
                        .schema(new StringSchema()._enum(List.of("true"))));
              }
            });
  }
}
