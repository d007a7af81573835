package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static com.wms.inventory.service.support.Stock.json;
import static com.wms.inventory.service.support.Stock.stageBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.idempotency.IdempotencyKeyPurger;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Concurrently;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency-Key: a replay returns the first response and moves nothing a second time. */
class IdempotencyIT extends InventoryServiceIT {
  private static final String REPLAYED = "Idempotent-Replayed";
  private static final String RESERVE = "/api/v1/inventory/reserve";

  @Autowired IdempotencyKeyPurger purger;
  @Autowired JdbcClient jdbc;

  @Test
  void replayOfAReceiveReturnsTheFirstResponseWithoutASecondMovement() {
    Stock stock = stock();
    String sku = stock.newSku("IDEM");
    String key = Api.unique("key");
    String body = json("locationId", "A-1", "quantity", 5);

    Api.Response first = Stock.ok(api().post(path(sku, "receive"), body, key));
    Api.Response replay = Stock.ok(api().post(path(sku, "receive"), body, key));

    assertThat(first.raw().headers().firstValue(REPLAYED)).isEmpty();
    assertThat(replay.raw().headers().firstValue(REPLAYED)).hasValue("true");
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(stock.balances(sku)).isEqualTo("available=5 onHand=5 received=5");
    assertThat(stock.ledger(sku)).hasSize(1);
    assertThat(stock.ledger(sku).get(0).idempotencyKey()).isEqualTo(key);
  }

  @Test
  void aKeyOlderThanTheRetentionIsPurgedAndItsRequestRunsAgain() {
    Stock stock = stock();
    String sku = stock.newSku("IDEM");
    String old = Api.unique("key");
    String recent = Api.unique("key");
    String body = json("locationId", "A-1", "quantity", 5);
    Stock.ok(api().post(path(sku, "receive"), body, old));
    Stock.ok(api().post(path(sku, "receive"), body, recent));
    jdbc.sql(
            "UPDATE idempotency_key SET created_at = now() - interval '31 days'"
                + " WHERE idempotency_key = ?")
        .param(old)
        .update();

    assertThat(purger.purge()).isEqualTo(1);

    Api.Response recentAgain = Stock.ok(api().post(path(sku, "receive"), body, recent));
    assertThat(recentAgain.raw().headers().firstValue(REPLAYED)).hasValue("true");
    Api.Response oldAgain = Stock.ok(api().post(path(sku, "receive"), body, old));
    assertThat(oldAgain.raw().headers().firstValue(REPLAYED)).isEmpty();
    assertThat(stock.balances(sku)).isEqualTo("available=15 onHand=15 received=15");
    assertThat(purger.purge()).isZero();
  }

  @Test
  void sameKeyWithADifferentBodyIsRefusedAndChangesNothing() {
    Stock stock = stock();
    String sku = stock.newSku("IDEM");
    String other = stock.newSku("IDEM");
    String key = Api.unique("key");
    Stock.ok(api().post(path(sku, "receive"), json("locationId", "A-1", "quantity", 5), key));
    JsonNode before = stock.snapshot(sku);
    JsonNode otherBefore = stock.snapshot(other);

    assertProblem(
        api().post(path(sku, "receive"), json("locationId", "A-1", "quantity", 6), key),
        422,
        "IDEMPOTENCY_KEY_REUSED");
    assertProblem(
        api().post(path(other, "receive"), json("locationId", "A-1", "quantity", 5), key),
        422,
        "IDEMPOTENCY_KEY_REUSED");
    assertProblem(
        api().post(path(sku, "adjust"), json("locationId", "A-1", "delta", 5), key),
        422,
        "IDEMPOTENCY_KEY_REUSED");

    assertThat(stock.snapshot(sku)).isEqualTo(before);
    assertThat(stock.snapshot(other)).isEqualTo(otherBefore);
  }

  @Test
  void aUsedKeyIsRefusedAsReusedEvenWhenTheNewRequestIsRefusedBeforeItTouchesTheDatabase() {
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 5);
    String key = Api.unique("key");
    Stock.ok(
        api()
            .post(
                RESERVE,
                json("orderId", Api.unique("ORD"), "items", List.of(Stock.line(sku, 2))),
                key));
    JsonNode before = stock.snapshot(sku);

    assertProblem(
        api().post(RESERVE, json("orderId", Api.unique("ORD"), "items", List.of()), key),
        422,
        "IDEMPOTENCY_KEY_REUSED");
    assertProblem(
        api()
            .post(
                RESERVE,
                json("orderId", Api.unique("ORD"), "items", List.of(Stock.line(sku, 99))),
                key),
        422,
        "IDEMPOTENCY_KEY_REUSED");

    assertThat(stock.snapshot(sku)).isEqualTo(before);
  }

  @Test
  void sameKeyWithTheSameBodyForAnotherOperationIsRefused() {
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 5);
    String order = Api.unique("ORD");
    String allocation = stock.staged(sku, stock.reserveOne(order, sku, 2));
    String key = Api.unique("key");
    String body = json("allocationId", allocation);
    Stock.ok(api().post(path(sku, "pack"), body, key));
    JsonNode before = stock.snapshot(sku, order);

    assertProblem(api().post(path(sku, "ship"), body, key), 422, "IDEMPOTENCY_KEY_REUSED");

    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
  }

  @Test
  void everyStepOfALifecycleReplaysItsFirstResponse() {
    Stock stock = stock();
    Api api = api();
    String sku = Api.unique("IDEM");
    String order = Api.unique("ORD");
    String prefix = Api.unique("key");

    Api.Response created =
        twice(
            api, "/api/v1/inventory", json("sku", sku, "productName", "Kite"), prefix + "-create");
    assertThat(created.status()).isEqualTo(201);
    twice(api, path(sku, "receive"), json("locationId", "A-1", "quantity", 10), prefix + "-rcv");
    twice(api, path(sku, "adjust"), json("locationId", "A-1", "delta", 2), prefix + "-adj");
    Api.Response reserved =
        twice(
            api,
            "/api/v1/inventory/reserve",
            json("orderId", order, "items", List.of(Stock.line(sku, 4))),
            prefix + "-res");
    String reservation = reserved.body().get("reservations").get(0).get("reservationId").asText();
    twice(
        api,
        path(sku, "pick"),
        json("orderId", order, "locationId", "A-1", "quantity", 4),
        prefix + "-pick");
    Api.Response staged = twice(api, path(sku, "stage"), stageBody(reservation), prefix + "-stage");
    String allocation = staged.body().get("allocationId").asText();
    twice(api, path(sku, "pack"), json("allocationId", allocation), prefix + "-pack");
    twice(api, path(sku, "ship"), json("allocationId", allocation), prefix + "-ship");

    assertThat(stock.balances(sku))
        .isEqualTo("available=8 onHand=8 received=10 shipped=4 adjustedIn=2");
    assertThat(stock.order(order).reservations()).hasSize(1);
    assertThat(stock.order(order).allocations()).hasSize(1);
    assertThat(stock.movements(sku))
        .containsExactly(
            "receive: received>available 10",
            "adjust: adjusted>available 2",
            "reserve: available>reserved 4",
            "pick: reserved>picked 4",
            "stage: picked>staged 4",
            "pack: staged>packed 4",
            "ship: packed>shipped 4");
    stock.assertAuditOk();
  }

  @Test
  void replaysOfReleaseShortageAndReturnToShelfMoveNothingTwice() {
    Stock stock = stock();
    Api api = api();
    String sku = stock.stockedSku("IDEM", "A-1", 10);
    String order = Api.unique("ORD");
    String prefix = Api.unique("key");
    String reservation = stock.reserveOne(order, sku, 3);
    String allocation = stock.staged(sku, reservation);
    stock.reserveOne(order, sku, 2);

    twice(api, path(sku, "return-to-shelf"), json("allocationId", allocation), prefix + "-ret");
    twice(api, "/api/v1/inventory/release/" + order, "", prefix + "-rel");
    twice(
        api,
        path(sku, "shortage"),
        json("locationId", "A-1", "expectedQty", 3, "actualQty", 1, "reason", "damaged"),
        prefix + "-short");

    assertThat(stock.balances(sku)).isEqualTo("available=8 onHand=8 received=10 lost=2");
    assertThat(stock.movements(sku))
        .endsWith(
            "return-to-shelf: staged>available 3",
            "release: reserved>available 2",
            "shortage: available>lost 2");
    stock.assertAuditOk();
  }

  @Test
  void stagingAReservationTwiceWithADifferentKeyIsInvalidState() {
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 3);
    Api.Response first =
        Stock.ok(api().post(path(sku, "stage"), stageBody(reservation), Api.unique("k1")));
    JsonNode before = stock.snapshot(sku, order);

    Api.Response second = api().post(path(sku, "stage"), stageBody(reservation), Api.unique("k2"));

    assertProblem(second, 409, "INVALID_STATE");
    assertThat(second.body().get("detail").asText())
        .contains(first.body().get("allocationId").asText());
    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
  }

  @Test
  void aRefusedRequestDoesNotUseUpItsKey() {
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 10);
    String order = Api.unique("ORD");
    String key = Api.unique("key");

    assertProblem(
        api()
            .post(
                "/api/v1/inventory/reserve",
                json("orderId", order, "items", List.of(Stock.line(sku, 11))),
                key),
        422,
        "INSUFFICIENT_STOCK");
    Api.Response retried =
        Stock.ok(
            api()
                .post(
                    "/api/v1/inventory/reserve",
                    json("orderId", order, "items", List.of(Stock.line(sku, 10))),
                    key));

    assertThat(retried.raw().headers().firstValue(REPLAYED)).isEmpty();
    assertThat(stock.balances(sku)).isEqualTo("reserved=10 onHand=10 received=10");
  }

  @Test
  void aMalformedKeyIsRefused() {
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 10);
    JsonNode before = stock.snapshot(sku);

    assertProblem(
        api().post(path(sku, "receive"), json("locationId", "A-1", "quantity", 1), "has space"),
        400,
        "VALIDATION_FAILED");
    assertProblem(
        api().post(path(sku, "receive"), json("locationId", "A-1", "quantity", 1), "k".repeat(201)),
        400,
        "VALIDATION_FAILED");

    assertThat(stock.snapshot(sku)).isEqualTo(before);
  }

  @Test
  void concurrentRequestsWithOneKeyMoveStockOnce() {
    Stock stock = stock();
    String sku = stock.newSku("IDEM");
    String key = Api.unique("key");
    String body = json("locationId", "A-1", "quantity", 5);

    List<Api.Response> responses =
        Concurrently.run(16, i -> api().post(path(sku, "receive"), body, key));

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.raw().body()).isEqualTo(200));
    assertThat(responses.stream().filter(r -> r.raw().headers().firstValue(REPLAYED).isEmpty()))
        .hasSize(1);
    assertThat(responses).extracting(Api.Response::body).containsOnly(responses.get(0).body());
    assertThat(stock.balances(sku)).isEqualTo("available=5 onHand=5 received=5");
    assertThat(stock.ledger(sku)).hasSize(1);
    stock.assertAuditOk();
  }

  @Test
  void anotherPrincipalsRequestWithTheSameKeyRunsOnItsOwnAndNeverSeesTheFirstResponse() {
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 10);
    Api admin = api();
    Api operator = api().as(Api.OPERATOR_TOKEN);
    String key = Api.unique("key");
    String adminOrder = Api.unique("ORD");
    String operatorOrder = Api.unique("ORD");

    Api.Response adminFirst = Stock.ok(admin.post(RESERVE, reserveBody(adminOrder, sku, 2), key));
    Api.Response operatorFirst =
        Stock.ok(operator.post(RESERVE, reserveBody(operatorOrder, sku, 3), key));
    Api.Response operatorReplay =
        Stock.ok(operator.post(RESERVE, reserveBody(operatorOrder, sku, 3), key));
    Api.Response adminReplay = Stock.ok(admin.post(RESERVE, reserveBody(adminOrder, sku, 2), key));

    assertThat(operatorFirst.raw().headers().firstValue(REPLAYED)).isEmpty();
    assertThat(operatorFirst.body().get("orderId").asText()).isEqualTo(operatorOrder);
    assertThat(operatorReplay.raw().headers().firstValue(REPLAYED)).hasValue("true");
    assertThat(operatorReplay.body()).isEqualTo(operatorFirst.body());
    assertThat(adminReplay.body()).isEqualTo(adminFirst.body());
    assertThat(stock.balances(sku)).isEqualTo("available=5 reserved=5 onHand=10 received=10");
    // The same body under another principal's key is another request too.
    Stock.ok(operator.post(RESERVE, reserveBody(adminOrder, sku, 2), key + "-same-body"));
    Api.Response sameBody =
        admin.post(RESERVE, reserveBody(adminOrder, sku, 2), key + "-same-body");
    assertThat(Stock.ok(sameBody).raw().headers().firstValue(REPLAYED)).isEmpty();
    assertThat(stock.order(adminOrder).reservations()).hasSize(3);
    stock.assertAuditOk();
  }

  @Test
  void concurrentRequestsOfTwoPrincipalsWithOneKeyReserveOncePerPrincipal() {
    // Concurrent single-SKU reserves go through the group commit, which claims keys in a batch.
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 100);
    String key = Api.unique("key");
    String adminOrder = Api.unique("ORD");
    String operatorOrder = Api.unique("ORD");

    List<Api.Response> responses =
        Concurrently.run(
            20,
            i ->
                i % 2 == 0
                    ? api().post(RESERVE, reserveBody(adminOrder, sku, 1), key)
                    : api()
                        .as(Api.OPERATOR_TOKEN)
                        .post(RESERVE, reserveBody(operatorOrder, sku, 1), key));

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.raw().body()).isEqualTo(200));
    assertThat(responses.stream().filter(r -> r.raw().headers().firstValue(REPLAYED).isEmpty()))
        .hasSize(2);
    for (int i = 0; i < responses.size(); i++) {
      assertThat(responses.get(i).body().get("orderId").asText())
          .isEqualTo(i % 2 == 0 ? adminOrder : operatorOrder);
    }
    assertThat(stock.order(adminOrder).reservations()).hasSize(1);
    assertThat(stock.order(operatorOrder).reservations()).hasSize(1);
    assertThat(stock.balances(sku)).isEqualTo("available=98 reserved=2 onHand=100 received=100");
  }

  @Test
  void theNewTokenOfAHolderReplaysTheKeysOfItsOldTokenSoARotationRepeatsNothing() {
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 10);
    String key = Api.unique("key");
    String order = Api.unique("ORD");
    Api.Response first =
        Stock.ok(api().as(Api.SCANNER_OLD_TOKEN).post(RESERVE, reserveBody(order, sku, 4), key));

    Api.Response retried =
        Stock.ok(api().as(Api.SCANNER_NEW_TOKEN).post(RESERVE, reserveBody(order, sku, 4), key));

    assertThat(retried.raw().headers().firstValue(REPLAYED)).hasValue("true");
    assertThat(retried.body()).isEqualTo(first.body());
    assertThat(stock.balances(sku)).isEqualTo("available=6 reserved=4 onHand=10 received=10");
  }

  @Test
  void aKeyOfUnknownOwnerFromBeforeKeysWereScopedStillReplaysForEveryPrincipal() {
    Stock stock = stock();
    String sku = stock.stockedSku("IDEM", "A-1", 10);
    String key = Api.unique("key");
    String order = Api.unique("ORD");
    Api.Response first = Stock.ok(api().post(RESERVE, reserveBody(order, sku, 4), key));
    // What migration V004 leaves for a key whose request wrote no ledger row.
    jdbc.sql("UPDATE idempotency_key SET owner = '' WHERE idempotency_key = ?").param(key).update();

    Api.Response replay =
        Stock.ok(api().as(Api.OPERATOR_TOKEN).post(RESERVE, reserveBody(order, sku, 4), key));
    assertProblem(
        api().as(Api.OPERATOR_TOKEN).post(RESERVE, reserveBody(order, sku, 5), key),
        422,
        "IDEMPOTENCY_KEY_REUSED");

    assertThat(replay.raw().headers().firstValue(REPLAYED)).hasValue("true");
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(stock.balances(sku)).isEqualTo("available=6 reserved=4 onHand=10 received=10");
  }

  private static String reserveBody(String order, String sku, long quantity) {
    return json("orderId", order, "items", List.of(Stock.line(sku, quantity)));
  }

  /** Sends the request twice with one key; the second must replay the first. */
  private static Api.Response twice(Api api, String path, String body, String key) {
    Api.Response first = api.post(path, body, key);
    assertThat(first.status()).as(path + ": " + first.raw().body()).isBetween(200, 201);
    Api.Response replay = api.post(path, body, key);
    assertThat(replay.status()).as(path + " replayed").isEqualTo(first.status());
    assertThat(replay.raw().headers().firstValue(REPLAYED)).as(path).hasValue("true");
    assertThat(replay.body()).as(path).isEqualTo(first.body());
    return first;
  }

  private static String path(String sku, String operation) {
    return "/api/v1/inventory/" + sku + "/" + operation;
  }
}
