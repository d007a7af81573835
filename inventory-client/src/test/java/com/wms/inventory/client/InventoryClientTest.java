package com.wms.inventory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.ItemSummary;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.PackRequest;
import com.wms.inventory.api.ReserveLine;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.api.ReserveResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InventoryClientTest {
  private static final String ALLOCATION =
      """
      {"allocationId":"a-1","reservationId":"r-1","orderId":"o-1","sku":"S-1","quantity":2,
       "sourceLocationId":"A-1","stagingLocationId":"ST-1","status":"packed","futureField":1}
      """;

  private final StubServer stub = new StubServer();
  private final InventoryClient client =
      new InventoryClient(InventoryClientConfig.of(stub.baseUrl()));

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void mutationsSendTheIdempotencyKeyAndAJsonBody() {
    stub.answer(200, ALLOCATION);

    AllocationView packed = client.pack("S-1", new PackRequest("a-1", "packer"), "pack:a-1");

    assertThat(packed.status()).isEqualTo("packed");
    StubServer.Received request = stub.received().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1/inventory/S-1/pack");
    assertThat(request.header("Idempotency-Key")).isEqualTo("pack:a-1");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.body()).isEqualTo("{\"allocationId\":\"a-1\",\"packedBy\":\"packer\"}");
    assertThat(request.header("Authorization")).isNull();
  }

  @Test
  void anInterceptorSeesEveryExchangeAndMaySendTheRequestWithAHeaderAdded() {
    stub.answer(200, ALLOCATION);
    List<String> seen = new java.util.ArrayList<>();
    InventoryClient traced =
        new InventoryClient(
            InventoryClientConfig.of(stub.baseUrl()),
            (request, exchange) -> {
              seen.add(request.method() + " " + request.uri().getPath());
              java.net.http.HttpResponse<String> response =
                  exchange.send(
                      java.net.http.HttpRequest.newBuilder(request, (name, value) -> true)
                          .header(
                              "traceparent",
                              "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                          .build());
              seen.add("answered " + response.statusCode());
              return response;
            });

    traced.pack("S-1", new PackRequest("a-1", "packer"), "pack:a-1");

    assertThat(seen).containsExactly("POST /api/v1/inventory/S-1/pack", "answered 200");
    StubServer.Received request = stub.received().get(0);
    assertThat(request.header("traceparent"))
        .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    assertThat(request.header("Idempotency-Key")).isEqualTo("pack:a-1");
  }

  @Test
  void aMutationWithoutAnIdempotencyKeyIsNotSent() {
    assertThatThrownBy(() -> client.pack("S-1", new PackRequest("a-1", null), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stub.received()).isEmpty();
  }

  @Test
  void responsesWithUnknownFieldsAndInstantsAreRead() {
    stub.answer(
        200,
        """
        {"orderId":"o-1","reservations":[{"reservationId":"r-1","orderId":"o-1","sku":"S-1",
         "locationId":"A-1","quantity":3,"reservedQuantity":3,"pickedQuantity":0,
         "status":"active","expiresAt":"2030-01-02T03:04:05Z","somethingNew":true}]}
        """);

    ReserveResponse response =
        client.reserve(
            new ReserveRequest("o-1", List.of(new ReserveLine("S-1", 3L))), "reserve:o-1");

    assertThat(response.reservations().get(0).expiresAt())
        .isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
  }

  @Test
  void aRefusalBecomesAProblemExceptionKeepingCodeStatusDetailAndProperties() {
    stub.answer(
        422,
        """
        {"type":"urn:wms:problem:insufficient_stock","title":"Insufficient stock","status":422,
         "detail":"not enough available stock","code":"INSUFFICIENT_STOCK",
         "shortLines":[{"sku":"S-1","requested":5,"available":2}]}
        """);

    assertThatThrownBy(
            () ->
                client.reserve(new ReserveRequest("o-1", List.of(new ReserveLine("S-1", 5L))), "k"))
        .isInstanceOfSatisfying(
            InventoryProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.code()).isEqualTo("INSUFFICIENT_STOCK");
              assertThat(e.detail()).isEqualTo("not enough available stock");
              assertThat(e.properties()).containsOnlyKeys("shortLines");
            });
  }

  @Test
  void aProblemWithoutACodeIsNamedAfterItsStatus() {
    stub.answerRaw(404, "text/html", "<html>not here</html>");

    assertThatThrownBy(() -> client.getItem("S-1"))
        .isInstanceOfSatisfying(
            InventoryProblemException.class, e -> assertThat(e.code()).isEqualTo("HTTP_404"));
  }

  @Test
  void serverErrorsAndConcurrentUpdatesAreUnavailableNotRefusals() {
    stub.answer(503, "{\"status\":503,\"code\":\"UNAVAILABLE\",\"detail\":\"busy\"}");
    stub.answer(409, "{\"status\":409,\"code\":\"CONCURRENT_UPDATE\",\"detail\":\"retry\"}");
    stub.answer(429, "");

    for (String expected : List.of("UNAVAILABLE", "CONCURRENT_UPDATE", "HTTP_429")) {
      assertThatThrownBy(() -> client.getItem("S-1"))
          .isInstanceOfSatisfying(
              InventoryUnavailableException.class, e -> assertThat(e.code()).isEqualTo(expected));
    }
  }

  @Test
  void aSlowServiceTimesOutAsUnavailable() {
    InventoryClient impatient =
        new InventoryClient(
            new InventoryClientConfig(
                stub.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(200), null));
    stub.answerLate(1000, 200, "{}");

    assertThatThrownBy(() -> impatient.getItem("S-1"))
        .isInstanceOfSatisfying(
            InventoryUnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo("TIMEOUT");
              assertThat(e.status()).isZero();
            });
  }

  @Test
  void aRefusedConnectionIsUnavailable() {
    String deadUrl = stub.baseUrl();
    stub.close();

    assertThatThrownBy(() -> new InventoryClient(InventoryClientConfig.of(deadUrl)).getItem("S-1"))
        .isInstanceOfSatisfying(
            InventoryUnavailableException.class,
            e -> assertThat(e.code()).isEqualTo("CONNECTION_FAILED"));
  }

  @Test
  void anUnreadableSuccessIsUnavailable() {
    stub.answerRaw(200, "text/html", "<html>proxy page</html>");

    assertThatThrownBy(() -> client.getItem("S-1"))
        .isInstanceOfSatisfying(
            InventoryUnavailableException.class,
            e -> assertThat(e.code()).isEqualTo("BAD_RESPONSE"));
  }

  @Test
  void pathSegmentsAreEncodedAndTheBearerTokenIsSent() {
    InventoryClient withToken =
        new InventoryClient(
            InventoryClientConfig.fromEnvironment(
                Map.of("WMS_INVENTORY_URL", stub.baseUrl(), "WMS_INVENTORY_TOKEN", "t0k")));
    stub.answer(200, "{\"sku\":\"odd sku/1\",\"locations\":[]}");

    ItemView item = withToken.getItem("odd sku/1");

    assertThat(item.sku()).isEqualTo("odd sku/1");
    assertThat(stub.received().get(0).path()).isEqualTo("/api/v1/inventory/odd%20sku%2F1");
    assertThat(stub.received().get(0).header("Authorization")).isEqualTo("Bearer t0k");
  }

  @Test
  void aClientWithAnotherBearerTokenSendsThatTokenAndListsItemsAfterAnEncodedSku() {
    InventoryClient signedIn = client.withBearerToken("person-token");
    stub.answer(
        200,
        """
        [{"sku":"S-2","productName":"Widget","available":3,"onHand":5,"reorderPoint":1,
          "reorderQuantity":2,"lowStock":false,"reserved":2,"picked":0,"staged":0,"packed":0,
          "shipped":4,"lost":1}]
        """);

    List<ItemSummary> page = signedIn.listItems(true, "S 1", 50);

    assertThat(page)
        .extracting(ItemSummary::sku, ItemSummary::reserved, ItemSummary::shipped)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("S-2", 2L, 4L));
    StubServer.Received request = stub.received().get(0);
    assertThat(request.path()).isEqualTo("/api/v1/inventory");
    assertThat(request.query()).isEqualTo("lowStock=true&limit=50&after=S+1");
    assertThat(request.header("Authorization")).isEqualTo("Bearer person-token");
    assertThat(client.withBearerToken(null).config().bearerToken()).isNull();
  }
}
