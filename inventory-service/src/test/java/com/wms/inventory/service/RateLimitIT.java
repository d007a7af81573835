package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static com.wms.inventory.service.support.Stock.json;
import static com.wms.inventory.service.support.Stock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.wms.contract.OpenApiDocument;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The request budget of a token on the inventory API, as its clients meet it: over budget a read
 * and a mutation answer 429 {@code RATE_LIMITED} with {@code Retry-After} and the refused request
 * changes nothing. Every answer here passes the response contract check (com.wms.contract), so the
 * document's 429 entry is proven by real answers; the committed document declares it, with its
 * required {@code Retry-After}, on every operation of both APIs.
 */
@TestPropertySource(properties = "wms.security.rate-limit=1")
class RateLimitIT extends InventoryServiceIT {
  /** More than one request per second can reach the service; the budget is one. */
  private static final int AT_MOST = 20;

  @Test
  void aMutationOverItsTokensBudgetGets429WithRetryAfterAndMovesNothing()
      throws InterruptedException {
    String sku = stock().newSku("RATE");
    List<Api.Response> receipts =
        untilRateLimited(
            () ->
                api()
                    .post(
                        "/api/v1/inventory/" + sku + "/receive",
                        json("locationId", "A-1", "quantity", 3, "referenceId", "PO-1"),
                        Api.unique("receive")));

    Api.Response refused = receipts.get(receipts.size() - 1);
    long accepted = receipts.stream().filter(r -> r.status() == 200).count();
    assertThat(receipts.size() - 1).isEqualTo(accepted);
    Thread.sleep(retryAfterSeconds(refused) * 1000);
    assertThat(stock().balances(sku))
        .as("only the accepted receipts moved stock")
        .isEqualTo(
            accepted == 0
                ? ""
                : "available=%d onHand=%d received=%d"
                    .formatted(3 * accepted, 3 * accepted, 3 * accepted));
  }

  @Test
  void aReadOverItsTokensBudgetGets429WithRetryAfterAndSoDoesTheDocumentFetchedWithThatToken() {
    Api viewer = api().as(Api.VIEWER_TOKEN);
    untilRateLimited(() -> viewer.get("/api/v1/inventory?limit=1"));

    // The budget counts every request with a token, whatever its path.
    untilRateLimited(() -> viewer.get("/v3/api-docs"));
  }

  @Test
  void theCommittedDocumentDeclares429WithARequiredRetryAfterOnEveryOperation() {
    OpenAPI document =
        new OpenAPIV3Parser().read(OpenApiDocument.path().toAbsolutePath().toUri().toString());
    List<String> operations = new ArrayList<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          operations.add(method + " " + path);
                          ApiResponse tooMany = op.getResponses().get("429");
                          assertThat(tooMany).as(method + " " + path).isNotNull();
                          assertThat(tooMany.getDescription()).endsWith("code RATE_LIMITED");
                          Header retryAfter =
                              tooMany.getHeaders() == null
                                  ? null
                                  : tooMany.getHeaders().get("Retry-After");
                          assertThat(retryAfter).as(method + " " + path).isNotNull();
                          assertThat(retryAfter.getRequired()).isTrue();
                        }));
    assertThat(operations).contains("POST /api/v1/inventory/{sku}/receive", "POST /api/v1/orders");
  }

  /**
   * Sends the request until it is refused for the budget (at most {@value #AT_MOST} times): every
   * answer before is a success, the last one the 429 problem. Returns them all.
   */
  private static List<Api.Response> untilRateLimited(Supplier<Api.Response> request) {
    List<Api.Response> answers = new ArrayList<>();
    for (int i = 0; i < AT_MOST; i++) {
      Api.Response r = request.get();
      answers.add(r);
      if (r.status() == 429) {
        assertProblem(r, 429, "RATE_LIMITED");
        assertThat(retryAfterSeconds(r)).isBetween(1L, 2L);
        return answers;
      }
      ok(r);
    }
    throw new AssertionError(AT_MOST + " requests in a row and none over a budget of 1 per second");
  }

  private static long retryAfterSeconds(Api.Response r) {
    return Long.parseLong(r.raw().headers().firstValue("Retry-After").orElseThrow());
  }
}
