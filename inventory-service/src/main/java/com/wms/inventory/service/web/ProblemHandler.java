package com.wms.inventory.service.web;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.security.DatabaseProblemHandler;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
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
 * The one place where errors become HTTP: RFC 9457 problem+json with a stable {@code code}. Spring
 * MVC's own errors (bad JSON, wrong method, missing body) keep Spring's status and get a code. A
 * lock timeout, a deadlock or a database that cannot be reached is a 503 {@code UNAVAILABLE} with
 * {@code Retry-After} ({@link DatabaseProblemHandler}): the client retries with the same
 * idempotency key (the activities do).
 */
@RestControllerAdvice
class ProblemHandler extends DatabaseProblemHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  ProblemHandler() {
    super("database");
  }

  @ExceptionHandler(InventoryException.class)
  ResponseEntity<Object> inventory(InventoryException e, WebRequest request) {
    HttpStatus status = status(e.code().kind());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(title(e.code()));
    problem.setType(URI.create("urn:wms:problem:" + e.code().name().toLowerCase(Locale.ROOT)));
    problem.setProperty("code", e.code().name());
    e.properties().forEach(problem::setProperty);
    return createResponseEntity(problem, new HttpHeaders(), status, request);
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Object> integrity(DataIntegrityViolationException e, WebRequest request) {
    log.warn("constraint refused a write: {}", e.getMostSpecificCause().getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, "the change conflicts with the current state of the stock");
    problem.setProperty("code", ErrorCode.CONCURRENT_UPDATE.name());
    return createResponseEntity(problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
    log.error("unexpected error", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    problem.setProperty("code", "INTERNAL_ERROR");
    return createResponseEntity(
        problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "the request body is not valid JSON for this operation";
    if (e.getMostSpecificCause() instanceof UnrecognizedPropertyException u) {
      detail = "unknown field '" + u.getPropertyName() + "'";
    } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body")) {
      detail = "a JSON request body is required";
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setProperty("code", ErrorCode.VALIDATION_FAILED.name());
    return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  static HttpStatus status(ErrorCode.Kind kind) {
    return switch (kind) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case REFUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
    };
  }

  private static String title(ErrorCode code) {
    String words = code.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
