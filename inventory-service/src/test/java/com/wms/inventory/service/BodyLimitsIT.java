package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static com.wms.inventory.service.support.Stock.json;
import static com.wms.inventory.service.support.Stock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input limits: a 64 KiB body limit (413), string length limits, quantity bounds, unknown enum
 * values and UTF-8 handling, each answered as problem+json without a change.
 */
class BodyLimitsIT extends InventoryServiceIT {
  private static final int LIMIT = 64 * 1024;

  @Test
  void aBodyOverTheLimitIsRefusedWith413WhetherSizedOrChunked() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIM", "A-1", 5);
    JsonNode before = stock.snapshot(sku);
    String path = "/api/v1/inventory/" + sku + "/receive";
    byte[] big = padded(receive(1), LIMIT + 1);

    Api.Response sized = send(path, BodyPublishers.ofByteArray(big));
    assertProblem(sized, 413, "PAYLOAD_TOO_LARGE");
    assertThat(sized.body().get("detail").asText()).contains("65536");
    assertProblem(send(path, chunked(big)), 413, "PAYLOAD_TOO_LARGE");
    // The limit holds before authentication: nobody gets a large body read.
    assertProblem(
        api()
            .request(
                "POST",
                path,
                BodyPublishers.ofByteArray(big),
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer nope-nope-nope-nope-nope"),
        413,
        "PAYLOAD_TOO_LARGE");
    assertProblem(
        send("/api/v1/inventory", BodyPublishers.ofByteArray(padded("{}", 10 * LIMIT))),
        413,
        "PAYLOAD_TOO_LARGE");
    assertThat(stock.snapshot(sku)).isEqualTo(before);
  }

  @Test
  void aBodyOfExactlyTheLimitIsAccepted() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIM", "A-1", 5);
    byte[] body = padded(receive(2), LIMIT);
    assertThat(body).hasSize(LIMIT);
    ok(send("/api/v1/inventory/" + sku + "/receive", BodyPublishers.ofByteArray(body)));
    ok(send("/api/v1/inventory/" + sku + "/receive", chunked(padded(receive(3), LIMIT))));
    assertThat(stock.balances(sku)).isEqualTo("available=10 onHand=10 received=10");
  }

  @Test
  void stringsLongerThanTheirLimitAre400() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIM", "A-1", 5);
    JsonNode before = stock.snapshot(sku);
    String path = "/api/v1/inventory/" + sku;
    List<String> bodies =
        List.of(
            json("locationId", "A-1", "quantity", 1, "referenceId", "r".repeat(129)),
            json("locationId", "L".repeat(65), "quantity", 1),
            json("locationId", "A-1", "quantity", 1, "receivedBy", "p".repeat(129)));
    for (String body : bodies) {
      assertProblem(api().post(path + "/receive", body), 400, "VALIDATION_FAILED");
    }
    assertProblem(
        api()
            .post(
                path + "/adjust", json("locationId", "A-1", "delta", 1, "reason", "r".repeat(501))),
        400,
        "VALIDATION_FAILED");
    assertProblem(
        api()
            .post(
                "/api/v1/inventory", json("sku", Api.unique("N"), "productName", "n".repeat(201))),
        400,
        "VALIDATION_FAILED");
    assertThat(stock.snapshot(sku)).isEqualTo(before);
  }

  @Test
  void quantitiesOutsideTheirBoundsNeverOverflow() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIM", "A-1", 5);
    JsonNode before = stock.snapshot(sku);
    String path = "/api/v1/inventory/" + sku;
    for (String q :
        List.of(
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "1e3",
            "1.0",
            "true",
            "null",
            "\"5\"",
            "[1]",
            "{}",
            "0",
            "-1")) {
      assertProblem(
          api().post(path + "/receive", "{\"locationId\":\"A-1\",\"quantity\":" + q + "}"),
          400,
          "VALIDATION_FAILED");
      assertProblem(
          api()
              .post(
                  "/api/v1/inventory/reserve",
                  "{\"orderId\":\"O-1\",\"items\":[{\"sku\":\""
                      + sku
                      + "\",\"quantity\":"
                      + q
                      + "}]}"),
          400,
          "VALIDATION_FAILED");
    }
    // Lines within their bound but together beyond it: refused, not added up past it.
    assertProblem(
        stock.reserve(Api.unique("ORD"), sku, 1_000_000_000, sku, 1_000_000_000),
        400,
        "VALIDATION_FAILED");
    assertThat(stock.snapshot(sku)).isEqualTo(before);
    stock.assertAuditOk();
  }

  @Test
  void unknownEnumValuesAre400() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIM", "A-1", 5);
    JsonNode before = stock.snapshot(sku);
    for (String reason : List.of("stolen", "DAMAGED", "Damaged", " damaged", "", "not-found")) {
      Api.Response r = stock.shortage(sku, "A-1", null, 2, 0, reason);
      assertProblem(r, 400, "VALIDATION_FAILED");
      assertThat(r.body().get("detail").asText()).contains("not_found, damaged, quantity_mismatch");
    }
    assertThat(stock.snapshot(sku)).isEqualTo(before);
  }

  @Test
  void textIsUtf8AndInvalidUtf8IsA400() {
    Stock stock = stock();
    String name = "Gerät ✓ 日本 \uD83D\uDCE6";
    String sku = Api.unique("UTF");
    ok(api().post("/api/v1/inventory", json("sku", sku, "productName", name)));
    assertThat(stock.item(sku).productName()).isEqualTo(name);
    JsonNode before = stock.snapshot(sku);

    byte[] prefix =
        ("{\"sku\":\"" + Api.unique("UTF") + "\",\"productName\":\"")
            .getBytes(StandardCharsets.UTF_8);
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(prefix);
      body.writeBytes(bad);
      body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
      assertProblem(
          send("/api/v1/inventory", BodyPublishers.ofByteArray(body.toByteArray())),
          400,
          "VALIDATION_FAILED");
    }
    // A lone surrogate is no text either, even written as a JSON escape.
    assertProblem(
        api()
            .post(
                "/api/v1/inventory",
                "{\"sku\":\"" + Api.unique("UTF") + "\",\"productName\":\"a\\ud800b\"}"),
        400,
        "VALIDATION_FAILED");
    // Bad percent-encoding in the path and the query; an unknown charset is an unsupported type.
    assertProblem(api().get("/api/v1/inventory/%C3%28"), 400, "VALIDATION_FAILED");
    assertProblem(api().get("/api/v1/inventory/%FF"), 400, "VALIDATION_FAILED");
    assertProblem(
        api().post("/api/v1/inventory/release/" + Api.unique("O") + "?reason=%FF%FE", ""),
        400,
        "VALIDATION_FAILED");
    assertProblem(
        api()
            .request(
                "POST",
                "/api/v1/inventory/" + sku + "/receive",
                BodyPublishers.ofString(receive(1)),
                "Content-Type",
                "application/json; charset=no-such-charset"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    assertThat(stock.snapshot(sku)).isEqualTo(before);
  }

  private Api.Response send(String path, HttpRequest.BodyPublisher body) {
    return api().request("POST", path, body, "Content-Type", "application/json");
  }

  private static String receive(long quantity) {
    return json("locationId", "A-1", "quantity", quantity, "referenceId", "PO-LIM");
  }

  /** The JSON followed by spaces up to exactly {@code size} bytes. */
  private static byte[] padded(String json, int size) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[size];
    System.arraycopy(bytes, 0, out, 0, bytes.length);
    Arrays.fill(out, bytes.length, size, (byte) ' ');
    return out;
  }

  /** A body without Content-Length: the client sends it chunked. */
  private static HttpRequest.BodyPublisher chunked(byte[] body) {
    return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
  }
}
