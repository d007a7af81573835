package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.util.Collections;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of every mutation: the right status and problem code as application/problem+json,
 * and nothing changed (item view, ledger and both orders are as they were).
 */
class BadRequestIT extends InventoryServiceIT {

  /**
   * One refused request. In path and body, {sku} is a SKU with 12 available and 5 reserved at A-1
   * for {order} ({res}), and 3 staged for {order2} ({res2}, allocation {alloc}); {other} is a SKU
   * that does not exist and {uuid} an id nobody uses. Quotes in the body may be written as '.
   */
  record Bad(String name, String path, String body, int status, String code) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Bad> badRequests() {
    String inv = "/api/v1/inventory";
    String sku = inv + "/{sku}";
    return Stream.of(
        // create
        bad("create: malformed JSON", inv, "{'sku':", 400, "VALIDATION_FAILED"),
        bad("create: empty body", inv, "", 400, "VALIDATION_FAILED"),
        bad(
            "create: unknown field",
            inv,
            "{'sku':'{other}','productName':'x','colour':'red'}",
            400,
            "VALIDATION_FAILED"),
        bad("create: no productName", inv, "{'sku':'{other}'}", 400, "VALIDATION_FAILED"),
        bad(
            "create: sku with a space",
            inv,
            "{'sku':'bad sku','productName':'x'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "create: sku too long",
            inv,
            "{'sku':'" + "X".repeat(65) + "','productName':'x'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "create: negative reorderPoint",
            inv,
            "{'sku':'{other}','productName':'x','reorderPoint':-1}",
            400,
            "VALIDATION_FAILED"),
        bad("create: existing sku", inv, "{'sku':'{sku}','productName':'x'}", 409, "SKU_EXISTS"),
        // receive
        bad(
            "receive: malformed JSON",
            sku + "/receive",
            "{'locationId':'A-1','quantity':}",
            400,
            "VALIDATION_FAILED"),
        bad("receive: JSON array", sku + "/receive", "[1,2]", 400, "VALIDATION_FAILED"),
        bad(
            "receive: unknown field",
            sku + "/receive",
            "{'locationId':'A-1','quantity':1,'colour':'red'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: zero quantity",
            sku + "/receive",
            "{'locationId':'A-1','quantity':0}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: negative quantity",
            sku + "/receive",
            "{'locationId':'A-1','quantity':-5}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: huge quantity",
            sku + "/receive",
            "{'locationId':'A-1','quantity':1000000001}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: quantity beyond long",
            sku + "/receive",
            "{'locationId':'A-1','quantity':100000000000000000000}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: fractional quantity",
            sku + "/receive",
            "{'locationId':'A-1','quantity':1.5}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: quantity as text",
            sku + "/receive",
            "{'locationId':'A-1','quantity':'many'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: no quantity",
            sku + "/receive",
            "{'locationId':'A-1'}",
            400,
            "VALIDATION_FAILED"),
        bad("receive: no location", sku + "/receive", "{'quantity':1}", 400, "VALIDATION_FAILED"),
        bad(
            "receive: bad location",
            sku + "/receive",
            "{'locationId':'A 1','quantity':1}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: control character in reference",
            sku + "/receive",
            "{'locationId':'A-1','quantity':1,'referenceId':'a\\u0007b'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: bad sku in path",
            inv + "/bad!sku/receive",
            "{'locationId':'A-1','quantity':1}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "receive: unknown sku",
            inv + "/{other}/receive",
            "{'locationId':'A-1','quantity':1}",
            404,
            "UNKNOWN_SKU"),
        // adjust
        bad(
            "adjust: both newQuantity and delta",
            sku + "/adjust",
            "{'locationId':'A-1','newQuantity':5,'delta':1}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "adjust: neither newQuantity nor delta",
            sku + "/adjust",
            "{'locationId':'A-1'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "adjust: negative newQuantity",
            sku + "/adjust",
            "{'locationId':'A-1','newQuantity':-1}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "adjust: huge newQuantity",
            sku + "/adjust",
            "{'locationId':'A-1','newQuantity':1000000001}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "adjust: delta at the long minimum",
            sku + "/adjust",
            "{'locationId':'A-1','delta':-9223372036854775808}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "adjust: huge negative delta",
            sku + "/adjust",
            "{'locationId':'A-1','delta':-1000000001}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "adjust: huge delta",
            sku + "/adjust",
            "{'locationId':'A-1','delta':1000000001}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "adjust: newQuantity below reserved",
            sku + "/adjust",
            "{'locationId':'A-1','newQuantity':4}",
            422,
            "BELOW_RESERVED"),
        bad(
            "adjust: delta below reserved",
            sku + "/adjust",
            "{'locationId':'A-1','delta':-13}",
            422,
            "BELOW_RESERVED"),
        bad(
            "adjust: unknown sku",
            inv + "/{other}/adjust",
            "{'locationId':'A-1','delta':1}",
            404,
            "UNKNOWN_SKU"),
        // reserve
        bad(
            "reserve: malformed JSON",
            inv + "/reserve",
            "{'orderId':'{order}','items':[",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: more than 500 lines",
            inv + "/reserve",
            "{'orderId':'{order}','items':["
                + String.join(",", Collections.nCopies(501, "{'sku':'{sku}','quantity':1}"))
                + "]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: no items",
            inv + "/reserve",
            "{'orderId':'{order}','items':[]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: null line",
            inv + "/reserve",
            "{'orderId':'{order}','items':[null]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: no orderId",
            inv + "/reserve",
            "{'items':[{'sku':'{sku}','quantity':1}]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: zero quantity",
            inv + "/reserve",
            "{'orderId':'{order}','items':[{'sku':'{sku}','quantity':1},{'sku':'{sku}','quantity':0}]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: negative quantity",
            inv + "/reserve",
            "{'orderId':'{order}','items':[{'sku':'{sku}','quantity':-1}]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: huge quantity",
            inv + "/reserve",
            "{'orderId':'{order}','items':[{'sku':'{sku}','quantity':1000000001}]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: lines of one sku summing past the bound",
            inv + "/reserve",
            "{'orderId':'{order}','items':[{'sku':'{sku}','quantity':1000000000},{'sku':'{sku}','quantity':1}]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: unknown field in a line",
            inv + "/reserve",
            "{'orderId':'{order}','items':[{'sku':'{sku}','quantity':1,'x':1}]}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "reserve: more than available",
            inv + "/reserve",
            "{'orderId':'{order}','items':[{'sku':'{sku}','quantity':13}]}",
            422,
            "INSUFFICIENT_STOCK"),
        bad(
            "reserve: unknown sku",
            inv + "/reserve",
            "{'orderId':'{order}','items':[{'sku':'{sku}','quantity':1},{'sku':'{other}','quantity':1}]}",
            404,
            "UNKNOWN_SKU"),
        // release
        bad("release: bad order id", inv + "/release/bad!order", "", 400, "VALIDATION_FAILED"),
        bad(
            "release: reason too long",
            inv + "/release/{order}?reason=" + "r".repeat(501),
            "",
            400,
            "VALIDATION_FAILED"),
        bad(
            "release: control character in reason",
            inv + "/release/{order}?reason=a%07b",
            "",
            400,
            "VALIDATION_FAILED"),
        bad(
            "release: NUL in reason",
            inv + "/release/{order}?reason=a%00b",
            "",
            400,
            "VALIDATION_FAILED"),
        // pick
        bad(
            "pick: zero quantity",
            sku + "/pick",
            "{'orderId':'{order}','locationId':'A-1','quantity':0}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "pick: huge quantity",
            sku + "/pick",
            "{'orderId':'{order}','locationId':'A-1','quantity':1000000001}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "pick: no orderId",
            sku + "/pick",
            "{'locationId':'A-1','quantity':1}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "pick: unknown field",
            sku + "/pick",
            "{'orderId':'{order}','locationId':'A-1','quantity':1,'bin':3}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "pick: more than reserved",
            sku + "/pick",
            "{'orderId':'{order}','locationId':'A-1','quantity':6}",
            422,
            "OVERPICK"),
        bad(
            "pick: no reservation at the location",
            sku + "/pick",
            "{'orderId':'{order}','locationId':'B-1','quantity':1}",
            404,
            "UNKNOWN_RESERVATION"),
        bad(
            "pick: unknown sku",
            inv + "/{other}/pick",
            "{'orderId':'{order}','locationId':'A-1','quantity':1}",
            404,
            "UNKNOWN_SKU"),
        // stage
        bad("stage: malformed JSON", sku + "/stage", "{'reservationId'", 400, "VALIDATION_FAILED"),
        bad(
            "stage: bad UUID",
            sku + "/stage",
            "{'reservationId':'not-a-uuid','stagingLocationId':'S-1'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "stage: UUID without dashes",
            sku + "/stage",
            "{'reservationId':'{uuidNoDashes}','stagingLocationId':'S-1'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "stage: no staging location",
            sku + "/stage",
            "{'reservationId':'{res}'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "stage: unknown reservation",
            sku + "/stage",
            "{'reservationId':'{uuid}','stagingLocationId':'S-1'}",
            404,
            "UNKNOWN_RESERVATION"),
        bad(
            "stage: reservation staged already",
            sku + "/stage",
            "{'reservationId':'{res2}','stagingLocationId':'S-1'}",
            409,
            "INVALID_STATE"),
        // pack, ship, return
        bad(
            "pack: bad UUID",
            sku + "/pack",
            "{'allocationId':'{alloc}x'}",
            400,
            "VALIDATION_FAILED"),
        bad("pack: no allocationId", sku + "/pack", "{}", 400, "VALIDATION_FAILED"),
        bad(
            "pack: unknown allocation",
            sku + "/pack",
            "{'allocationId':'{uuid}'}",
            404,
            "UNKNOWN_ALLOCATION"),
        bad("ship: bad UUID", sku + "/ship", "{'allocationId':'12345'}", 400, "VALIDATION_FAILED"),
        bad(
            "ship: unknown allocation",
            sku + "/ship",
            "{'allocationId':'{uuid}'}",
            404,
            "UNKNOWN_ALLOCATION"),
        bad(
            "ship: staged but not packed",
            sku + "/ship",
            "{'allocationId':'{alloc}'}",
            409,
            "INVALID_STATE"),
        bad(
            "return-to-shelf: bad UUID",
            sku + "/return-to-shelf",
            "{'allocationId':'x'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "return-to-shelf: unknown field",
            sku + "/return-to-shelf",
            "{'allocationId':'{alloc}','force':true}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "return-to-shelf: unknown allocation",
            sku + "/return-to-shelf",
            "{'allocationId':'{uuid}'}",
            404,
            "UNKNOWN_ALLOCATION"),
        bad(
            "return-to-shelf: reason too long",
            sku + "/return-to-shelf",
            "{'allocationId':'{alloc}','reason':'" + "r".repeat(501) + "'}",
            400,
            "VALIDATION_FAILED"),
        // shortage
        bad(
            "shortage: unknown reason",
            sku + "/shortage",
            "{'locationId':'A-1','expectedQty':2,'actualQty':0,'reason':'stolen'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "shortage: no reason",
            sku + "/shortage",
            "{'locationId':'A-1','expectedQty':2,'actualQty':0}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "shortage: actual not below expected",
            sku + "/shortage",
            "{'locationId':'A-1','expectedQty':2,'actualQty':2,'reason':'damaged'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "shortage: negative actual",
            sku + "/shortage",
            "{'locationId':'A-1','expectedQty':2,'actualQty':-1,'reason':'damaged'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "shortage: zero expected",
            sku + "/shortage",
            "{'locationId':'A-1','expectedQty':0,'actualQty':0,'reason':'damaged'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "shortage: huge expected",
            sku + "/shortage",
            "{'locationId':'A-1','expectedQty':1000000001,'actualQty':0,'reason':'damaged'}",
            400,
            "VALIDATION_FAILED"),
        bad(
            "shortage: unknown location",
            sku + "/shortage",
            "{'locationId':'Z-9','expectedQty':2,'actualQty':0,'reason':'damaged'}",
            404,
            "UNKNOWN_LOCATION"),
        bad(
            "shortage: unknown sku",
            inv + "/{other}/shortage",
            "{'locationId':'A-1','expectedQty':2,'actualQty':0,'reason':'damaged'}",
            404,
            "UNKNOWN_SKU"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void aRefusedRequestAnswersAProblemAndChangesNothing(Bad bad) {
    Stock stock = stock();
    String sku = stock.stockedSku("BAD", "A-1", 20);
    String order = Api.unique("ORD");
    String order2 = Api.unique("ORD");
    String res = stock.reserveOne(order, sku, 5);
    String res2 = stock.reserveOne(order2, sku, 3);
    Stock.ok(stock.pick(sku, order2, "A-1", 3));
    String alloc = stock.staged(sku, res2);
    String other = Api.unique("NONE");
    UUID uuid = UUID.randomUUID();
    JsonNode before = stock.snapshot(sku, order, order2);

    Api.Response r =
        api()
            .post(
                fill(bad.path(), sku, order, res, res2, alloc, other, uuid),
                fill(bad.body().replace('\'', '"'), sku, order, res, res2, alloc, other, uuid));

    assertProblem(r, bad.status(), bad.code());
    assertThat(r.body().get("status").asInt()).isEqualTo(bad.status());
    assertThat(r.body().get("detail").asText()).isNotBlank();
    assertThat(stock.snapshot(sku, order, order2)).isEqualTo(before);
    assertThat(api().get("/api/v1/inventory/" + other).status()).isEqualTo(404);
    assertThat(stock.balances(sku))
        .isEqualTo("available=12 reserved=5 staged=3 onHand=20 received=20");
  }

  private static Bad bad(String name, String path, String body, int status, String code) {
    return new Bad(name, path, body, status, code);
  }

  private static String fill(
      String s,
      String sku,
      String order,
      String res,
      String res2,
      String alloc,
      String other,
      UUID uuid) {
    return s.replace("{sku}", sku)
        .replace("{order}", order)
        .replace("{res}", res)
        .replace("{res2}", res2)
        .replace("{alloc}", alloc)
        .replace("{other}", other)
        .replace("{uuidNoDashes}", uuid.toString().replace("-", ""))
        .replace("{uuid}", uuid.toString());
  }
}
