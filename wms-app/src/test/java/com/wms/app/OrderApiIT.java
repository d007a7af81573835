package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order API's contract over HTTP: status codes, Location, problem+json and listing. */
class OrderApiIT {
  private final Api api = TestSystem.get().api();
  private DemoDriver driver;
  private String sku;

  @BeforeEach
  void seed() {
    driver = TestSystem.get().driver();
    driver.seed(10);
    sku = driver.sku("A");
  }

  @Test
  void placingAnOrderAnswers202WithItsLocationAndPlacingItAgainAnswers200WithoutASecondWorkflow() {
    String id = driver.orderId("twice");

    Api.Response first = api.post("/api/v1/orders", order(id, 2));
    assertThat(first.status()).isEqualTo(202);
    assertThat(first.raw().headers().firstValue("Location")).hasValue("/api/v1/orders/" + id);
    assertThat(first.body().get("orderId").asText()).isEqualTo(id);

    Api.Response again = api.post("/api/v1/orders", order(id, 5));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.raw().headers().firstValue("Location")).hasValue("/api/v1/orders/" + id);
    assertThat(again.body().get("orderId").asText()).isEqualTo(id);

    driver.awaitStage(id, "picking");
    assertThat(api.post("/api/v1/orders", order(id, 2)).status()).isEqualTo(200);
    JsonNode reservations =
        api.get("/api/v1/orders/" + id + "/inventory").body().get("reservations");
    assertThat(reservations).hasSize(1);
    assertThat(reservations.get(0).get("quantity").asLong()).isEqualTo(2);
    assertThat(balances()).isEqualTo(new Balances(8, 2, 0, 0, 0, 0, 0));

    driver.cancel(id, "test over");
    driver.awaitTerminal(id);
  }

  @Test
  void anUnknownOrderIsA404ProblemWithCodeUnknownOrder() {
    String id = driver.orderId("nobody");

    assertProblem(api.get("/api/v1/orders/" + id), 404, "UNKNOWN_ORDER");
    assertProblem(api.post("/api/v1/orders/" + id + "/cancel", "{}"), 404, "UNKNOWN_ORDER");
    assertProblem(
        api.post("/api/v1/orders/" + id + "/packed", "{\"packedBy\":\"p-1\"}"),
        404,
        "UNKNOWN_ORDER");
  }

  @Test
  void aSignalTheOrderCannotTakeInItsStageIsA409NamingTheStage() {
    String id = driver.place("wrong-stage", Map.of(sku, 1));
    driver.awaitStage(id, "picking");

    assertWrongStage(
        api.post("/api/v1/orders/" + id + "/packed", "{\"packedBy\":\"p-1\"}"), "picking");
    assertWrongStage(
        api.post("/api/v1/orders/" + id + "/resolve-shortage", "{\"decision\":\"ship\"}"),
        "picking");

    driver.pickAll(id, Map.of(sku, 1), Map.of());
    driver.awaitStage(id, "packing");
    assertWrongStage(
        api.post("/api/v1/orders/" + id + "/pick-completed", pickReport(1, "not_found")),
        "packing");

    driver.packed(id);
    assertThat(driver.awaitTerminal(id).get("status").asText()).isEqualTo("shipped");
    Api.Response cancel = api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\":\"late\"}");
    assertWrongStage(cancel, "done");
    assertThat(cancel.body().get("orderStatus").asText()).isEqualTo("shipped");
    assertThat(balances()).isEqualTo(Balances.settled(9, 1, 0));
  }

  @Test
  void aRequestRepeatedWithItsIdempotencyKeyIsAnsweredOnceWithTheFirstAnswer() {
    String id = driver.place("repeated", Map.of(sku, 2));
    driver.awaitStage(id, "picking");
    String report =
        "{\"pickerId\":\"picker-1\",\"pickedItems\":[{\"sku\":\""
            + sku
            + "\",\"quantity\":2,\"locationId\":\""
            + DemoDriver.LOCATION
            + "\",\"toteId\":\"T-1\"}],\"shortItems\":[]}";
    String path = "/api/v1/orders/" + id + "/pick-completed";

    Api.Response first = api.post(path, report, "pick:" + id);
    Api.Response again = api.post(path, report, "pick:" + id);

    assertThat(first.status()).as("%s", first.raw().body()).isEqualTo(200);
    assertThat(first.body().get("stage").asText()).isEqualTo("packing");
    assertThat(first.body().get("lines").get(0).get("state").asText()).isEqualTo("staged");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    // The key belongs to the admin that sent it: the operator's request with it runs on its own.
    assertWrongStage(api.as(Api.OPERATOR_TOKEN).post(path, report, "pick:" + id), "packing");
    assertWrongStage(api.post(path, report, "pick-again:" + id), "packing");
    assertThat(balances()).isEqualTo(new Balances(8, 0, 0, 2, 0, 0, 0));

    driver.cancel(id, "test over");
    driver.awaitTerminal(id);
  }

  @Test
  void anOldPriorityIsKeptAsTheNearestOfTheOriginalSystemsAndAnUnknownOneIsA400() {
    String id = driver.orderId("urgent");
    String body =
        "{\"orderId\":\""
            + id
            + "\",\"customerId\":\"C-1\",\"priority\":\"%s\",\"items\":[{\"sku\":\""
            + sku
            + "\",\"quantity\":1}]}";

    assertProblem(api.post("/api/v1/orders", body.formatted("asap")), 400, "VALIDATION_FAILED");
    Api.Response placed = api.post("/api/v1/orders", body.formatted("urgent"));

    assertThat(placed.status()).isEqualTo(202);
    assertThat(placed.body().get("priority").asText()).isEqualTo("same_day");
    assertThat(driver.awaitStage(id, "picking").get("priority").asText()).isEqualTo("same_day");
    driver.cancel(id, "test over");
    assertThat(driver.awaitTerminal(id).get("lines").get(0).get("state").asText())
        .isEqualTo("released");
  }

  @Test
  void invalidOrdersAre400ProblemsAndCreateNoOrder() {
    String id = driver.orderId("invalid");

    assertProblem(api.post("/api/v1/orders", "{\"orderId\":"), 400, "VALIDATION_FAILED");
    assertProblem(
        api.post("/api/v1/orders", "{\"orderId\":\"" + id + "\",\"customerId\":\"C-1\"}"),
        400,
        "VALIDATION_FAILED");
    assertProblem(api.post("/api/v1/orders", order(id, 0)), 400, "VALIDATION_FAILED");

    assertProblem(api.get("/api/v1/orders/" + id), 404, "UNKNOWN_ORDER");
    assertThat(balances()).isEqualTo(Balances.shelf(10));
  }

  @Test
  void wrongMethodsAndMediaTypesGetTheCodesTheInventoryApiGives() {
    String body = order(driver.orderId("wrong-method"), 1);

    assertProblem(
        api.request("PUT", "/api/v1/orders", HttpRequest.BodyPublishers.ofString(body)),
        405,
        "METHOD_NOT_ALLOWED");
    assertProblem(
        api.request(
            "POST",
            "/api/v1/orders",
            HttpRequest.BodyPublishers.ofString(body),
            "Content-Type",
            "text/plain"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    assertProblem(
        api.request("PUT", "/api/v1/inventory/reserve", HttpRequest.BodyPublishers.ofString(body)),
        405,
        "METHOD_NOT_ALLOWED");
    assertThat(balances()).isEqualTo(Balances.shelf(10));
  }

  @Test
  void invalidSignalBodiesAre400ProblemsAndLeaveTheOrderWhereItWas() {
    String id = driver.place("bad-signal", Map.of(sku, 2));
    driver.awaitStage(id, "picking");

    assertProblem(
        api.post("/api/v1/orders/" + id + "/pick-completed", pickReport(2, "stolen")),
        400,
        "VALIDATION_FAILED");
    assertProblem(
        api.post("/api/v1/orders/" + id + "/resolve-shortage", "{\"decision\":\"maybe\"}"),
        400,
        "VALIDATION_FAILED");

    JsonNode order = api.get("/api/v1/orders/" + id).body();
    assertThat(order.get("status").asText()).isEqualTo("in_progress");
    assertThat(order.get("stage").asText()).isEqualTo("picking");
    assertThat(balances()).isEqualTo(new Balances(8, 2, 0, 0, 0, 0, 0));

    driver.cancel(id, "test over");
    driver.awaitTerminal(id);
  }

  @Test
  void listingByStatusShowsTheShippedOrders() {
    String id = driver.orderId("listed");
    assertThat(
            api.post(
                    "/api/v1/orders",
                    "{\"orderId\":\""
                        + id
                        + "\",\"customerId\":\"C-1\",\"autoPack\":true,"
                        + "\"items\":[{\"sku\":\""
                        + sku
                        + "\",\"quantity\":1}]}")
                .status())
        .isEqualTo(202);
    driver.awaitStage(id, "picking");
    driver.pickAll(id, Map.of(sku, 1), Map.of());
    assertThat(driver.awaitTerminal(id).get("status").asText()).isEqualTo("shipped");

    JsonNode shipped = api.get("/api/v1/orders?status=shipped&limit=1000").body();
    assertThat(shipped).extracting(o -> o.get("status").asText()).containsOnly("shipped");
    assertThat(shipped).extracting(o -> o.get("orderId").asText()).contains(id);
    assertThat(api.get("/api/v1/orders?status=rejected&limit=1000").body())
        .extracting(o -> o.get("orderId").asText())
        .doesNotContain(id);
  }

  private Balances balances() {
    return Balances.of(TestSystem.get().http(), sku);
  }

  private String order(String id, int quantity) {
    return "{\"orderId\":\""
        + id
        + "\",\"customerId\":\"C-1\",\"items\":[{\"sku\":\""
        + sku
        + "\",\"quantity\":"
        + quantity
        + "}]}";
  }

  /** A pick report with one short item. */
  private String pickReport(int requested, String reason) {
    return "{\"pickerId\":\"picker-1\",\"pickedItems\":[],\"shortItems\":[{\"sku\":\""
        + sku
        + "\",\"locationId\":\""
        + DemoDriver.LOCATION
        + "\",\"requestedQty\":"
        + requested
        + ",\"availableQty\":0,\"reason\":\""
        + reason
        + "\"}]}";
  }

  private static void assertWrongStage(Api.Response r, String stage) {
    assertProblem(r, 409, "INVALID_STATE");
    assertThat(r.body().get("stage").asText()).as("%s", r.body()).isEqualTo(stage);
  }

  private static void assertProblem(Api.Response r, int status, String code) {
    assertThat(r.status()).as("%s", r.raw().body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.code()).isEqualTo(code);
  }
}
