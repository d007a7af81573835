package com.wms.orchestrator.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.ServletWebRequest;

class OrderProblemHandlerTest {

  static Stream<RuntimeException> databaseOutages() {
    SQLException terminated =
        new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    return Stream.of(
        new DataAccessResourceFailureException("An I/O error occurred", terminated),
        new TransactionSystemException("JDBC rollback failed"),
        new CannotCreateTransactionException("no connection"),
        new QueryTimeoutException("statement timeout"));
  }

  @ParameterizedTest
  @MethodSource("databaseOutages")
  void aDatabaseOutageDuringAnOrderRequestIsA503UnavailableWithRetryAfterNotAnInternalError(
      RuntimeException outage) {
    ResponseEntity<Object> answer =
        new OrderProblemHandler()
            .databaseUnavailable(
                outage,
                new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/orders")));

    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    assertThat(answer.getBody()).isInstanceOf(ProblemDetail.class);
    ProblemDetail problem = (ProblemDetail) answer.getBody();
    assertThat(problem.getProperties()).containsEntry("code", "UNAVAILABLE");
    assertThat(problem.getDetail()).doesNotContain("administrator", "JDBC");
  }
}
