package com.wms.orchestrator.order;

import com.wms.security.ProblemDocs;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The order API's members of a problem, in the OpenAPI document. */
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
}
