package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.contract.OpenApiDocument;
import com.wms.inventory.service.support.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the running system serves ({@code wms dev}: both APIs) is the committed
 * {@code docs/openapi.yaml}, so a change of the API is a reviewed change of that file. With {@code
 * -Dwms.openapi.write=true} the test rewrites the file instead ({@link
 * OpenApiDocument#REWRITE_COMMAND}).
 */
class OpenApiDocumentIT {

  @Test
  void theServedDocumentIsTheCommittedOne() throws IOException {
    Api.Response r = TestSystem.get().api(null).get("/v3/api-docs.yaml");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    String served = r.raw().body();
    Path committed = OpenApiDocument.path();
    if (Boolean.getBoolean(OpenApiDocument.WRITE_PROPERTY)) {
      Files.createDirectories(committed.getParent());
      Files.writeString(committed, served);
    }
    String text = Files.exists(committed) ? Files.readString(committed) : "";
    assertThat(text)
        .as(
            "%s differs from the document the service serves (%s). If the API change is intended,"
                + " rewrite the file and review its diff:%n  %s%n",
            committed, firstDifference(text, served), OpenApiDocument.REWRITE_COMMAND)
        .isEqualTo(served);
  }

  @Test
  void swaggerUiIsOpenInDev() {
    Api.Response redirect = TestSystem.get().api(null).get("/swagger-ui");
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.raw().headers().firstValue("Location").orElse(""))
        .endsWith("/swagger-ui/index.html");
    Api.Response r = TestSystem.get().api(null).get("/swagger-ui/index.html");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().body()).contains("Swagger UI");
  }

  private static String firstDifference(String committed, String served) {
    String[] a = committed.split("\n", -1);
    String[] b = served.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) {
        return "first at line " + (i + 1) + ": committed '" + x + "', served '" + y + "'";
      }
    }
    return "no line differs";
  }
}
