package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HEAD and OPTIONS on the inventory API follow the rules of the GET and POST they stand for, every
 * answer carries the security headers, and CORS stays off when no origin is configured.
 */
class HttpMethodsAndHeadersIT extends InventoryServiceIT {

  @Test
  void aViewerMayHeadAndOptionWhatItMayGetAndNoTokenMayNot() {
    String sku = stock().stockedSku("HEAD", "A-1", 3);
    Api viewer = api().as(Api.VIEWER_TOKEN);
    for (String path :
        List.of(
            "/api/v1/inventory/" + sku, "/api/v1/inventory/" + sku + "/ledger", "/api/v1/audit")) {
      Api.Response head = viewer.request("HEAD", path, null);
      assertThat(head.status()).as("HEAD " + path).isEqualTo(200);
      assertThat(head.raw().body()).isEmpty();
      assertThat(viewer.request("OPTIONS", path, null).status())
          .as("OPTIONS " + path)
          .isEqualTo(200);
      assertProblem(api().as(null).request("HEAD", path, null), 401, null);
      assertProblem(api().as(null).request("OPTIONS", path, null), 401, "UNAUTHENTICATED");
    }
    assertThat(viewer.request("OPTIONS", "/api/v1/inventory/reserve", null).raw().headers())
        .satisfies(h -> assertThat(h.firstValue("Allow").orElse("")).contains("POST"));
    assertThat(viewer.request("HEAD", "/actuator/prometheus", null).status()).isEqualTo(200);
    assertThat(api().as(null).request("HEAD", "/actuator/health", null).status()).isEqualTo(200);
    // A path no rule names still needs the admin, whatever the method.
    assertThat(viewer.request("HEAD", "/api/v1/no-such-endpoint", null).status()).isEqualTo(403);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoCorsHeaderWithoutConfiguredOrigins() {
    String sku = stock().stockedSku("HDR", "A-1", 3);
    String origin = "https://elsewhere.example.com";
    List<Api.Response> answers =
        List.of(
            api().request("GET", "/api/v1/inventory/" + sku, null, "Origin", origin),
            api().as(null).request("GET", "/api/v1/inventory/" + sku, null),
            api().as(Api.VIEWER_TOKEN).post("/api/v1/inventory/" + sku + "/receive", "{}"),
            api().post("/api/v1/inventory/" + sku + "/receive", "{\"quantity\":\"x\"}"),
            api().get("/api/v1/inventory/NO-SUCH-SKU-" + sku),
            api().as(null).get("/actuator/health"));
    assertThat(answers)
        .extracting(Api.Response::status)
        .containsExactly(200, 401, 403, 400, 404, 200);
    for (Api.Response r : answers) {
      assertThat(r.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(r.raw().headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(r.raw().headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("frame-ancestors 'none'");
      assertThat(r.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    Api.Response preflight =
        api()
            .as(null)
            .request(
                "OPTIONS",
                "/api/v1/inventory/reserve",
                null,
                "Origin",
                origin,
                "Access-Control-Request-Method",
                "POST");
    assertProblem(preflight, 401, "UNAUTHENTICATED");
    assertThat(preflight.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
