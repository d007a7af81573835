package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static com.wms.inventory.service.support.Stock.json;
import static com.wms.inventory.service.support.Stock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Concurrently;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import com.wms.security.ApiRole;
import com.wms.security.ApiTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Bearer tokens and roles on the inventory API: 401 without or with a bad token, 403 for a role
 * that may not, roles cumulative, health open, metrics behind a token, and the principal on every
 * ledger row. Refused calls change nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuthIT extends InventoryServiceIT {
  private static final String BAD_TOKEN = "not-a-configured-token-0123456789";

  @Test
  void withoutATokenEveryApiEndpointAnswers401() {
    Api anonymous = api().as(null);
    String sku = stock().stockedSku("AUTH", "A-1", 5);
    for (String path :
        List.of(
            "/api/v1/inventory/" + sku,
            "/api/v1/inventory?limit=5",
            "/api/v1/inventory/" + sku + "/ledger",
            "/api/v1/orders/ORD-1/inventory",
            "/api/v1/audit",
            "/api/v1/no-such-endpoint")) {
      Api.Response r = anonymous.get(path);
      assertProblem(r, 401, "UNAUTHENTICATED");
      assertThat(r.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"wms\"");
    }
    JsonNode before = stock().snapshot(sku);
    assertProblem(
        anonymous.post("/api/v1/inventory/" + sku + "/receive", receive(3)),
        401,
        "UNAUTHENTICATED");
    assertProblem(
        anonymous.post("/api/v1/inventory/reserve", reserve(sku)), 401, "UNAUTHENTICATED");
    assertThat(stock().snapshot(sku)).isEqualTo(before);
  }

  @Test
  void aBadTokenOrAnotherSchemeAnswers401AndTheTokenIsNeitherEchoedNorLogged(
      CapturedOutput output) {
    String sku = stock().stockedSku("AUTH", "A-1", 5);
    JsonNode before = stock().snapshot(sku);
    for (String header :
        List.of(
            "Bearer " + BAD_TOKEN,
            "bearer " + BAD_TOKEN,
            "Basic " + BAD_TOKEN,
            "Bearer",
            "Bearer ",
            BAD_TOKEN,
            "Bearer " + Api.ADMIN_TOKEN + "x",
            "Bearer " + Api.ADMIN_TOKEN.substring(1))) {
      Api.Response r =
          api()
              .request(
                  "POST",
                  "/api/v1/inventory/" + sku + "/receive",
                  java.net.http.HttpRequest.BodyPublishers.ofString(receive(3)),
                  "Content-Type",
                  "application/json",
                  "Authorization",
                  header);
      assertProblem(r, 401, "UNAUTHENTICATED");
      assertThat(r.raw().headers().firstValue("WWW-Authenticate").orElseThrow())
          .contains("invalid_token");
      assertThat(r.raw().body()).doesNotContain(BAD_TOKEN).doesNotContain(Api.ADMIN_TOKEN);
    }
    assertThat(stock().snapshot(sku)).isEqualTo(before);
    assertThat(output.getAll())
        .doesNotContain(BAD_TOKEN)
        .doesNotContain(Api.ADMIN_TOKEN)
        .doesNotContain(Api.OPERATOR_TOKEN);
  }

  @Test
  void aViewerReadsButMayNotMoveStock() {
    Stock admin = stock();
    String sku = admin.stockedSku("AUTH", "A-1", 10);
    String order = Api.unique("ORD");
    String res = admin.reserveOne(order, sku, 2);
    Api viewer = api().as(Api.VIEWER_TOKEN);
    ok(viewer.get("/api/v1/inventory/" + sku));
    ok(viewer.get("/api/v1/inventory?lowStock=true"));
    ok(viewer.get("/api/v1/inventory/" + sku + "/ledger"));
    ok(viewer.get("/api/v1/orders/" + order + "/inventory"));
    ok(viewer.get("/api/v1/audit"));
    JsonNode before = admin.snapshot(sku, order);
    Map<String, String> refused =
        Map.of(
            "/api/v1/inventory/reserve",
            reserve(sku),
            "/api/v1/inventory/" + sku + "/pick",
            json("orderId", order, "locationId", "A-1", "quantity", 1),
            "/api/v1/inventory/" + sku + "/stage",
            Stock.stageBody(res),
            "/api/v1/inventory/" + sku + "/shortage",
            json(
                "locationId",
                "A-1",
                "expectedQty",
                2,
                "actualQty",
                0,
                "reason",
                "damaged",
                "orderId",
                order),
            "/api/v1/inventory/" + sku + "/receive",
            receive(1),
            "/api/v1/inventory",
            json("sku", Api.unique("NEW"), "productName", "x"),
            "/api/v1/inventory/release/" + order,
            "");
    refused.forEach(
        (path, body) -> {
          Api.Response r = viewer.post(path, body);
          assertProblem(r, 403, "FORBIDDEN");
          assertThat(r.body().get("detail").asText()).contains("viewer#");
        });
    assertThat(admin.snapshot(sku, order)).isEqualTo(before);
  }

  @Test
  void anOperatorMovesStockAndReadsButMayNotChangeTheCatalogOrCorrectStock() {
    Stock admin = stock();
    String sku = admin.stockedSku("AUTH", "A-1", 10);
    Stock operator = new Stock(api().as(Api.OPERATOR_TOKEN));
    String order = Api.unique("ORD");
    String res = operator.reserveOne(order, sku, 4);
    ok(operator.pick(sku, order, "A-1", 4));
    String alloc = operator.staged(sku, res);
    ok(operator.pack(sku, alloc));
    ok(operator.ship(sku, alloc));
    assertThat(operator.balances(sku)).isEqualTo("available=6 onHand=6 received=10 shipped=4");
    JsonNode before = admin.snapshot(sku, order);
    assertProblem(operator.receive(sku, "A-1", 5), 403, "FORBIDDEN");
    assertProblem(operator.adjustTo(sku, "A-1", 1), 403, "FORBIDDEN");
    assertProblem(operator.adjustBy(sku, "A-1", 1), 403, "FORBIDDEN");
    assertProblem(operator.release(order), 403, "FORBIDDEN");
    assertProblem(
        operator
            .api()
            .post("/api/v1/inventory", json("sku", Api.unique("NEW"), "productName", "x")),
        403,
        "FORBIDDEN");
    assertThat(admin.snapshot(sku, order)).isEqualTo(before);
  }

  @Test
  void anAdminMayDoEverythingAnOperatorMay() {
    Stock admin = stock();
    String sku = admin.stockedSku("AUTH", "A-1", 10);
    String order = Api.unique("ORD");
    String res = admin.reserveOne(order, sku, 3);
    ok(admin.pick(sku, order, "A-1", 3));
    String alloc = admin.staged(sku, res);
    ok(admin.returnToShelf(sku, alloc));
    ok(admin.shortage(sku, "A-1", order, 2, 1, "damaged"));
    ok(admin.adjustBy(sku, "A-1", 1));
    admin.reserveOne(order, sku, 1);
    ok(admin.release(order));
    assertThat(admin.balances(sku))
        .isEqualTo("available=10 onHand=10 received=10 lost=1 adjustedIn=1");
    admin.assertAuditOk();
  }

  @Test
  void healthIsOpenAndMetricsNeedAToken() {
    Api anonymous = api().as(null);
    Api.Response health = anonymous.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().get("status").asText()).isEqualTo("UP");
    assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
    assertProblem(anonymous.get("/actuator/prometheus"), 401, "UNAUTHENTICATED");
    assertProblem(anonymous.get("/actuator/metrics"), 401, "UNAUTHENTICATED");
    assertProblem(api().as(BAD_TOKEN).get("/actuator/prometheus"), 401, "UNAUTHENTICATED");
    Api.Response metrics = api().as(Api.VIEWER_TOKEN).get("/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.raw().body()).contains("wms_inventory_operations_total");
  }

  @Test
  void everyLedgerRowCarriesThePrincipalThatAuthenticatedItNeverTheToken() {
    Stock admin = stock();
    String sku = admin.stockedSku("AUTH", "A-1", 10);
    Stock operator = new Stock(api().as(Api.OPERATOR_TOKEN));
    String order = Api.unique("ORD");
    String res = operator.reserveOne(order, sku, 2);
    ok(operator.pick(sku, order, "A-1", 2));
    operator.staged(sku, res);

    String adminName = ApiTokens.principalName(ApiRole.ADMIN, Api.ADMIN_TOKEN);
    String operatorName = ApiTokens.principalName(ApiRole.OPERATOR, Api.OPERATOR_TOKEN);
    assertThat(adminName).matches("admin#[0-9a-f]{6}");
    List<LedgerEntry> ledger = admin.ledger(sku);
    assertThat(ledger)
        .extracting(e -> e.operation() + " by " + e.principal())
        .containsExactly(
            "receive by " + adminName,
            "reserve by " + operatorName,
            "pick by " + operatorName,
            "stage by " + operatorName);
    // The request's actor stays what the request said; the principal is who authenticated it.
    assertThat(ledger.get(2).actor()).isEqualTo("picker-7");
    String raw =
        api().as(Api.VIEWER_TOKEN).get("/api/v1/inventory/" + sku + "/ledger").raw().body();
    assertThat(raw)
        .contains("\"principal\":\"" + operatorName + "\"")
        .doesNotContain(Api.ADMIN_TOKEN)
        .doesNotContain(Api.OPERATOR_TOKEN);
  }

  @Test
  void groupedReservationsOnAHotSkuEachCarryTheirOwnRequestsPrincipal() {
    // Group commit writes many requests' rows in one transaction on one thread; each reserve
    // ledger row must still name the principal of the request it came from.
    Stock admin = stock();
    String sku = admin.stockedSku("AUTH", "A-1", 100);
    Stock operator = new Stock(api().as(Api.OPERATOR_TOKEN));
    String prefix = Api.unique("ORD");

    List<Api.Response> responses =
        Concurrently.run(
            40, i -> (i % 2 == 0 ? admin : operator).reserve(prefix + "-" + i, sku, 1));

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    String adminName = ApiTokens.principalName(ApiRole.ADMIN, Api.ADMIN_TOKEN);
    String operatorName = ApiTokens.principalName(ApiRole.OPERATOR, Api.OPERATOR_TOKEN);
    Map<String, String> principalByOrder = new java.util.HashMap<>();
    for (LedgerEntry e : admin.ledger(sku)) {
      if (e.operation().equals("reserve")) {
        principalByOrder.put(e.orderId(), e.principal());
      }
    }
    assertThat(principalByOrder).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(principalByOrder.get(prefix + "-" + i))
          .isEqualTo(i % 2 == 0 ? adminName : operatorName);
    }
  }

  private static String receive(long quantity) {
    return json("locationId", "A-1", "quantity", quantity, "referenceId", "PO-AUTH");
  }

  private static String reserve(String sku) {
    return json("orderId", Api.unique("ORD"), "items", List.of(Stock.line(sku, 1)));
  }
}
