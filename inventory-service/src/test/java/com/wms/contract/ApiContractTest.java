package com.wms.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract check tells a described answer from one the committed document does not hold. */
class ApiContractTest {
  private static final String ITEM = "/api/v1/inventory/SKU-1";
  private final ApiContract contract = ApiContract.get();

  @AfterEach
  void forget() {
    contract.takeViolations();
  }

  private List<String> check(String method, String path, int status, String type, String body) {
    return check(method, path, status, type, Map.of(), body);
  }

  private List<String> check(
      String method,
      String path,
      int status,
      String type,
      Map<String, List<String>> headers,
      String body) {
    contract.check(new Exchange(method, path, status, type, headers, body));
    return contract.takeViolations();
  }

  private static String problem(int status, String code) {
    return "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":"
        + status
        + ",\"code\":\""
        + code
        + "\"}";
  }

  @Test
  void aDescribedProblemPasses() {
    assertThat(check("GET", ITEM, 404, "application/problem+json", problem(404, "UNKNOWN_SKU")))
        .isEmpty();
    assertThat(check("GET", ITEM, 404, "application/json", problem(404, "UNKNOWN_SKU"))).isEmpty();
  }

  @Test
  void aCodeTheOperationCannotCarryIsAViolation() {
    assertThat(
            check("GET", ITEM, 404, "application/problem+json", problem(404, "UNKNOWN_ALLOCATION")))
        .singleElement()
        .asString()
        .contains("getItem", "UNKNOWN_ALLOCATION");
  }

  @Test
  void aStatusTheOperationDoesNotDescribeIsAViolation() {
    assertThat(check("GET", ITEM, 409, "application/problem+json", problem(409, "INVALID_STATE")))
        .singleElement()
        .asString()
        .contains("getItem", "409");
  }

  @Test
  void aRateLimitedAnswerMustCarryItsRetryAfter() {
    String body = problem(429, "RATE_LIMITED");
    assertThat(
            check(
                "POST",
                "/api/v1/inventory/reserve",
                429,
                "application/problem+json",
                Map.of("Retry-After", List.of("1")),
                body))
        .isEmpty();
    assertThat(check("POST", "/api/v1/inventory/reserve", 429, "application/problem+json", body))
        .singleElement()
        .asString()
        .contains("reserve", "Retry-After");
  }

  @Test
  void aBodyOfTheWrongShapeIsAViolation() {
    assertThat(check("GET", "/api/v1/audit", 200, "application/json", "{\"ok\":\"yes\"}"))
        .singleElement()
        .asString()
        .contains("audit");
  }

  @Test
  void aFieldTheDocumentDoesNotNameIsAViolation() {
    String report =
        "{\"ok\":true,\"skusChecked\":1,\"movementsChecked\":2,\"problems\":[],\"x\":1}";
    assertThat(check("GET", "/api/v1/audit", 200, "application/json", report)).hasSize(1);
  }

  @Test
  void aRequestNamingNoOperationMustGetACodedClientError() {
    assertThat(
            check(
                "DELETE",
                "/api/v1/inventory/reserve",
                405,
                "application/problem+json",
                problem(405, "METHOD_NOT_ALLOWED")))
        .isEmpty();
    assertThat(check("DELETE", "/api/v1/inventory/reserve", 200, "application/json", "{}"))
        .singleElement()
        .asString()
        .contains("names no operation");
  }
}
