package com.wms.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;

/**
 * The parts of the OpenAPI document ({@code /v3/api-docs}, springdoc) that every API shares, added
 * in one place from the code that produces them: the bearer scheme, the role each operation needs
 * (from the {@link ApiAccessRules}), and the problems raised before a controller runs: 400 (query
 * string, ids, body), 401, 403 (when the operation needs more than the viewer role), 413 (a body
 * over the limit, whatever the method), 415 (operations that take a body) and 429 with {@code
 * Retry-After} (every operation needs a token, and {@link RateLimitFilter} counts every request
 * with one). Each API adds its own refusals with {@link Refusal} or {@link ProblemDocs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
  private static final String BEARER = "bearer";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Bean
  OpenAPI wmsOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("WMS inventory and order API")
                .version("v1")
                .description(
                    "The inventory API (stock buckets, reservations, allocations, ledger) and the"
                        + " order API (orders run as Temporal workflows). Every refusal is"
                        + " application/problem+json with a stable `code`. Each operation names"
                        + " the role it needs in `x-required-role`."))
        // A relative server: the document is the same whichever host and port serve it.
        .servers(List.of(new Server().url("/")))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("a token of WMS_API_TOKENS; roles viewer, operator, admin")));
  }

  /**
   * The problems an endpoint declares with {@link Refusal}, itself or through a meta-annotation.
   */
  @Bean
  OperationCustomizer declaredRefusals() {
    return (operation, handler) -> {
      for (Refusal r :
          AnnotatedElementUtils.getMergedRepeatableAnnotations(
              handler.getMethod(), Refusal.class)) {
        ProblemDocs.add(operation, r.status(), Arrays.asList(r.codes()));
      }
      return operation;
    };
  }

  /** Security, role and the problems every endpoint shares, for every operation under /api/. */
  @Bean
  OpenApiCustomizer sharedAnswers(ObjectProvider<ApiAccessRules> apis) {
    return openApi -> {
      List<ApiAccessRules.Rule> rules = ApiAccessRules.strongestFirst(apis.orderedStream());
      openApi
          .getPaths()
          .forEach(
              (path, item) -> {
                if (path.startsWith("/api/")) {
                  operations(item)
                      .forEach(
                          (method, op) ->
                              shared(op, ApiAccessRules.requiredRole(rules, method, path)));
                }
              });
      ProblemDocs.addCodeSchemas(openApi);
    };
  }

  private static void shared(Operation op, ApiRole role) {
    op.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
    if (op.getParameters() != null) {
      op.getParameters().stream()
          .filter(p -> "header".equals(p.getIn()) && IDEMPOTENCY_KEY.equals(p.getName()))
          .filter(p -> p.getDescription() == null)
          .forEach(
              p ->
                  p.description(
                      "Makes the request safe to repeat: a repeat with the same key gets the"
                          + " answer of the first request and changes nothing more."));
    }
    op.addExtension("x-required-role", role.wireName());
    ProblemDocs.add(op, 400, List.of("VALIDATION_FAILED"));
    ProblemDocs.add(op, 401, List.of("UNAUTHENTICATED"));
    ProblemDocs.header(op, 401, "WWW-Authenticate", "Bearer realm=\"wms\"");
    if (role.compareTo(ApiRole.VIEWER) > 0) {
      ProblemDocs.add(op, 403, List.of("FORBIDDEN"));
    }
    ProblemDocs.add(op, 413, List.of("PAYLOAD_TOO_LARGE"));
    if (op.getRequestBody() != null) {
      ProblemDocs.add(op, 415, List.of("UNSUPPORTED_MEDIA_TYPE"));
    }
    ProblemDocs.add(op, 429, List.of("RATE_LIMITED"));
    ProblemDocs.header(
            op,
            429,
            "Retry-After",
            "whole seconds (at least 1) until the token's budget (WMS_RATE_LIMIT, or"
                + " WMS_RATE_LIMIT_WORKER for the worker's) allows another request")
        .required(true);
  }

  private static Map<HttpMethod, Operation> operations(PathItem item) {
    Map<HttpMethod, Operation> ops = new java.util.LinkedHashMap<>();
    item.readOperationsMap().forEach((m, op) -> ops.put(HttpMethod.valueOf(m.name()), op));
    return ops;
  }
}
