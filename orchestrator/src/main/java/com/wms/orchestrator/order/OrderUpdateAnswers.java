package com.wms.orchestrator.order;

import com.wms.security.Refusal;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answers every request on an order (a Workflow Update: pick completed, packed, cancel, resolve
 * shortage) documents, written once: 200 with the order's new view once the workflow acted on the
 * request, 202 with the last saved view when it took the request but has not acted yet, 404 {@code
 * UNKNOWN_ORDER} and 409 {@code INVALID_STATE} when the workflow's validator refuses the request in
 * the order's stage. springdoc reads the {@link ApiResponse}s through this meta-annotation (their
 * media type is {@code springdoc.default-produces-media-type}, JSON) and {@code ApiDocumentation}
 * the {@link Refusal}s.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
    responseCode = "200",
    description = "The workflow took the request: the order's new view",
    content = @Content(schema = @Schema(implementation = OrderView.class)))
@ApiResponse(
    responseCode = "202",
    description = "The workflow took the request but has not acted on it yet: the last saved view",
    content = @Content(schema = @Schema(implementation = OrderView.class)))
@Refusal(status = 404, codes = "UNKNOWN_ORDER")
@Refusal(status = 409, codes = "INVALID_STATE")
@interface OrderUpdateAnswers {}
