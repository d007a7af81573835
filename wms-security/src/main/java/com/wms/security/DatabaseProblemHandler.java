package com.wms.security;

import io.swagger.v3.oas.models.Operation;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;

/**
 * Base of the controller advice of an API that keeps its state in a database (the inventory API,
 * the order API): besides the coded problems of {@link CodedProblemHandler}, a database that is
 * busy or cannot be reached (a lock timeout, a deadlock, a refused connection, a session cut
 * mid-request, a commit whose outcome is unknown) is a 503 {@code UNAVAILABLE} with {@code
 * Retry-After}, not an internal error. That answer is right because every request of such an API is
 * safe to repeat (idempotency keys, natural keys): the client retries with the same key, and the
 * retry either replays the committed answer or does the work once.
 */
public abstract class DatabaseProblemHandler extends CodedProblemHandler {
  /** The code of the answer to a database outage. */
  public static final String UNAVAILABLE = "UNAVAILABLE";

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final String database;

  /**
   * @param database the database as the answer's detail names it, e.g. {@code "order database"}
   */
  protected DatabaseProblemHandler(String database) {
    this.database = database;
  }

  /** 503 {@code UNAVAILABLE}, {@code Retry-After: 1}; the detail never shows the driver's text. */
  @ExceptionHandler({
    PessimisticLockingFailureException.class,
    TransientDataAccessException.class,
    DataAccessResourceFailureException.class,
    CannotCreateTransactionException.class,
    TransactionSystemException.class
  })
  public ResponseEntity<Object> databaseUnavailable(RuntimeException e, WebRequest request) {
    log.warn("{} unavailable: {}", database, e.getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE, "the " + database + " is busy or unavailable; retry");
    problem.setProperty("code", UNAVAILABLE);
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, "1");
    return createResponseEntity(problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
  }

  /** Writes that answer into an operation of the OpenAPI document. */
  public static void document(Operation operation) {
    ProblemDocs.add(operation, 503, List.of(UNAVAILABLE));
    ProblemDocs.header(operation, 503, "Retry-After", "seconds to wait before a retry");
  }
}
