package com.wms.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page ({@code /error}, reached after {@code sendError} or an exception no
 * controller advice handled) as problem+json, so that even errors raised outside Spring MVC answer
 * like every other refusal. Replaces Spring Boot's BasicErrorController.
 */
@Controller
final class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:${error.path:/error}}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int value = code instanceof Integer i ? i : response.getStatus();
    HttpStatus status = HttpStatus.resolve(value);
    if (status == null || value < 400) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String detail =
        status.is5xxServerError()
            ? "internal error"
            : "the request was refused: " + status.getReasonPhrase();
    ProblemResponses.write(
        uri == null ? request.getRequestURI() : uri.toString(),
        response,
        status,
        ProblemCodes.forStatus(status.value()),
        detail);
  }
}
