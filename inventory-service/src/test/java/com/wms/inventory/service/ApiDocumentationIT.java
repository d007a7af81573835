package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import org.junit.jupiter.api.Test;

/**
 * Outside dev mode the OpenAPI document and Swagger UI are for the viewer role; the inventory
 * service alone describes the inventory API only.
 */
class ApiDocumentationIT extends InventoryServiceIT {

  @Test
  void theDocumentNeedsAToken() {
    assertProblem(api().as(null).get("/v3/api-docs"), 401, "UNAUTHENTICATED");
    assertProblem(api().as(null).get("/swagger-ui/index.html"), 401, "UNAUTHENTICATED");
  }

  @Test
  void aViewerReadsTheInventoryApisDocument() {
    Api.Response r = api().as(Api.VIEWER_TOKEN).get("/v3/api-docs");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("openapi").asText()).isEqualTo("3.0.1");
    assertThat(r.body().get("paths").has("/api/v1/inventory/reserve")).isTrue();
    assertThat(r.body().get("paths").has("/api/v1/orders")).isFalse();
    assertThat(r.body().at("/paths/~1api~1v1~1inventory~1reserve/post/x-required-role").asText())
        .isEqualTo("operator");
  }

  @Test
  void aViewerOpensSwaggerUi() {
    Api.Response r = api().as(Api.VIEWER_TOKEN).get("/swagger-ui/index.html");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().body()).contains("Swagger UI");
  }
}
