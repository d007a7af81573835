package com.wms.events.feed;

import com.wms.security.CodedProblemHandler;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** problem+json with a stable {@code code} for the event feed. */
@RestControllerAdvice(assignableTypes = EventFeedController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventFeedProblemHandler extends CodedProblemHandler {

  @ExceptionHandler(FeedException.class)
  ResponseEntity<Object> refused(FeedException e, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setType(URI.create("urn:wms:problem:" + e.code().toLowerCase(Locale.ROOT)));
    problem.setProperty("code", e.code());
    return createResponseEntity(problem, new HttpHeaders(), e.status(), request);
  }
}
