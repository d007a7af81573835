package com.wms.orchestrator.order;

import com.wms.security.DatabaseProblemHandler;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * problem+json with a stable {@code code} for the order API. A database that is unreachable, or a
 * session cut mid-request, is a 503 {@code UNAVAILABLE} with {@code Retry-After} ({@link
 * DatabaseProblemHandler}), as on the inventory API: every order request is safe to repeat (placing
 * is keyed by the order id, updates by their {@code Idempotency-Key}), so the client retries
 * instead of seeing an internal error.
 */
@RestControllerAdvice(assignableTypes = OrderController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrderProblemHandler extends DatabaseProblemHandler {

  OrderProblemHandler() {
    super("order database");
  }

  @ExceptionHandler(OrderApiException.class)
  ResponseEntity<Object> refused(OrderApiException e, WebRequest request) {
    HttpStatus status = HttpStatus.valueOf(e.status());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setType(URI.create("urn:wms:problem:" + e.code().toLowerCase(Locale.ROOT)));
    problem.setProperty("code", e.code());
    e.properties().forEach(problem::setProperty);
    return createResponseEntity(problem, new HttpHeaders(), status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "the request body is not valid JSON for this operation");
    problem.setProperty("code", "VALIDATION_FAILED");
    return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
  }
}
