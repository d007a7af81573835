package com.wms.orchestrator.order;

import com.wms.security.DatabaseProblemHandler;
import com.wms.security.ProblemDocs;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order API's part of the OpenAPI document: the members of its problems, and what every order
 * operation shares: 503 {@code UNAVAILABLE} with {@code Retry-After} when the order database is
 * busy or down ({@link OrderProblemHandler}, {@link DatabaseProblemHandler}).
 */
@Configuration(proxyBeanMethods = false)
class OrderApiDocs {

  @Bean
  OpenApiCustomizer orderProblemMembers() {
    return openApi -> {
      ProblemDocs.member(
          openApi,
          "orderStatus",
          new StringSchema().description("INVALID_STATE of an order: the order's status"));
      ProblemDocs.member(
          openApi,
          "stage",
          new StringSchema().description("INVALID_STATE of an order: the stage it is in"));
    };
  }

  @Bean
  OperationCustomizer orderDatabaseUnavailable() {
    return (operation, handler) -> {
      if (!OrderController.class.isAssignableFrom(handler.getBeanType())) {
        return operation;
      }
      DatabaseProblemHandler.document(operation);
      return operation;
    };
  }
}
