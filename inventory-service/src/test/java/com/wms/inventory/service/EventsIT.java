package com.wms.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.api.Totals;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Feed;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import com.wms.inventory.service.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The event feed: what the inventory publishes, in which order, and how it is read. */
class EventsIT extends InventoryServiceIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void everyStepOfAnOrderIsPublishedOnceInLedgerOrderWithTheTotalsAfterIt() {
    Stock stock = stock();
    String sku = stock.newSku("EV", 5);
    stock.receive(sku, "A-01", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 3);
    Stock.ok(stock.pick(sku, order, "A-01", 3));
    String allocation = stock.staged(sku, reservation);
    Stock.ok(stock.pack(sku, allocation));
    Stock.ok(stock.ship(sku, allocation));

    Feed feed = new Feed(api());
    feed.await(e -> isOf(e, sku, "wms.inventory.shipped"), WAIT);
    List<JsonNode> events = feed.of(sku);

    assertThat(events)
        .extracting(e -> e.get("type").asText())
        .containsExactly(
            "wms.inventory.item-created",
            "wms.inventory.received",
            "wms.inventory.low-stock-cleared",
            "wms.inventory.reserved",
            "wms.inventory.picked",
            "wms.inventory.staged",
            "wms.inventory.packed",
            "wms.inventory.shipped");
    JsonNode shipped = events.get(events.size() - 1);
    assertThat(shipped.get("specversion").asText()).isEqualTo("1.0");
    assertThat(shipped.get("source").asText()).isEqualTo("/wms/inventory");
    assertThat(shipped.at("/data/allocationId").asText()).isEqualTo(allocation);
    assertThat(shipped.at("/data/orderId").asText()).isEqualTo(order);
    assertThat(shipped.at("/data/principal").asText()).startsWith("admin#");
    Totals totals = stock.totals(sku);
    assertThat(Stock.read(shipped.at("/data/totals"), Totals.class)).isEqualTo(totals);
    assertThat(stock.ledger(sku))
        .extracting(l -> "ledger-" + l.movementId())
        .containsExactlyElementsOf(
            events.stream()
                .map(e -> e.get("id").asText())
                .filter(id -> id.matches("ledger-\\d+"))
                .toList());
    List<String> idsAgain =
        new Feed(api()).catchUp().stream().filter(e -> isOf(e, sku, null)).map(Feed::id).toList();
    assertThat(idsAgain).isEqualTo(events.stream().map(Feed::id).toList());
  }

  @Test
  void aSkuFallingToItsReorderPointRaisesALowStockAlertOnce() {
    Stock stock = stock();
    String sku = stock.newSku("LOW", 4);
    stock.receive(sku, "A-01", 6);
    stock.reserveOne(Api.unique("ORD"), sku, 1);
    stock.reserveOne(Api.unique("ORD"), sku, 1);
    stock.reserveOne(Api.unique("ORD"), sku, 1);

    Feed feed = new Feed(api());
    JsonNode alert = feed.await(e -> isOf(e, sku, "wms.inventory.low-stock-alert"), WAIT);

    assertThat(alert.at("/data/available").asLong()).isEqualTo(4);
    assertThat(alert.at("/data/reorderPoint").asLong()).isEqualTo(4);
    feed.await(e -> isOf(e, sku, "wms.inventory.reserved") && available(e) == 3, WAIT);
    assertThat(feed.of(sku))
        .filteredOn(e -> e.get("type").asText().startsWith("wms.inventory.low-stock"))
        .extracting(e -> e.get("type").asText())
        .containsExactly("wms.inventory.low-stock-cleared", "wms.inventory.low-stock-alert");
  }

  /**
   * The outbox's gap problem: a transaction that took a ledger id and stays open while later ids
   * commit. Its row must be published when it commits, not skipped, and after the rows of its SKU
   * that committed before it, whatever the ids.
   */
  @Test
  void aMovementWhoseTransactionStaysOpenIsPublishedWhenItCommitsAndNotSkipped() throws Exception {
    Stock stock = stock();
    String slow = stock.newSku("GAP", 0);
    String fast = stock.newSku("GAP", 0);
    stock.receive(slow, "A-01", 1);
    Feed feed = new Feed(api());
    feed.await(e -> isOf(e, slow, "wms.inventory.received"), WAIT);
    long heldId;
    try (Connection held = DriverManager.getConnection(TestDatabase.jdbcUrl())) {
      held.setAutoCommit(false);
      heldId = receiveByHand(held, slow);
      for (int i = 0; i < 5; i++) {
        stock.receive(fast, "A-01", 1);
      }
      CompletableFuture<Api.Response> queued =
          CompletableFuture.supplyAsync(() -> stock.receive(slow, "A-01", 7));
      feed.await(e -> isOf(e, fast, "wms.inventory.received") && available(e) == 5, WAIT);
      assertThat(feed.of(slow)).extracting(Feed::id).doesNotContain("ledger-" + heldId);
      assertThat(queued).isNotDone();

      held.commit();
      Stock.ok(queued.get());
    }

    JsonNode late =
        feed.await(e -> isOf(e, slow, "wms.inventory.received") && available(e) == 9, WAIT);
    List<JsonNode> slowEvents = feed.of(slow);
    assertThat(slowEvents).extracting(Feed::id).contains("ledger-" + heldId);
    assertThat(slowEvents)
        .filteredOn(e -> e.get("type").asText().equals("wms.inventory.received"))
        .extracting(EventsIT::available)
        .containsExactly(1L, 2L, 9L);
    long fastLastSeq =
        feed.of(fast).stream()
            .mapToLong(e -> Long.parseLong(e.get("sequence").asText()))
            .max()
            .orElseThrow();
    JsonNode heldEvent =
        slowEvents.stream()
            .filter(e -> Feed.id(e).equals("ledger-" + heldId))
            .findFirst()
            .orElseThrow();
    assertThat(Long.parseLong(heldEvent.get("sequence").asText())).isGreaterThan(fastLastSeq);
    assertThat(late.at("/data/movementId").asLong()).isGreaterThan(heldId);
    stock.assertAuditOk();
  }

  @Test
  void aLongPollReturnsAsSoonAsAnEventIsPublished() throws Exception {
    Stock stock = stock();
    String sku = stock.newSku("POLL", 0);
    Feed feed = new Feed(api().as(Api.VIEWER_TOKEN));
    feed.await(e -> isOf(e, sku, "wms.inventory.item-created"), WAIT);
    feed.catchUp();
    Instant asked = Instant.now();
    CompletableFuture<List<JsonNode>> poll = CompletableFuture.supplyAsync(() -> feed.page(25));
    Thread.sleep(300);
    stock.receive(sku, "A-01", 2);

    List<JsonNode> page = poll.get();

    assertThat(page).anyMatch(e -> isOf(e, sku, "wms.inventory.received"));
    assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(25));
  }

  @Test
  void theFeedIsForViewersAndRefusesBadCursorsWithProblems() {
    assertThat(api().as(null).get("/api/v1/events").status()).isEqualTo(401);
    assertThat(api().as(Api.VIEWER_TOKEN).get("/api/v1/events?limit=1").status()).isEqualTo(200);
    Stock.assertProblem(api().get("/api/v1/events?after=-1"), 400, "VALIDATION_FAILED");
    Stock.assertProblem(api().get("/api/v1/events?limit=0"), 400, "VALIDATION_FAILED");
    Stock.assertProblem(api().get("/api/v1/events?limit=1001"), 400, "VALIDATION_FAILED");
    Stock.assertProblem(api().get("/api/v1/events?wait=31"), 400, "VALIDATION_FAILED");
    Stock.assertProblem(api().get("/api/v1/events?after=x"), 400, "VALIDATION_FAILED");
  }

  /**
   * A receive written by hand as the service writes it (SKU lock, shelf, flow, ledger row), in a
   * transaction the caller keeps open; returns the ledger id it took.
   */
  private static long receiveByHand(Connection c, String sku) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT 1 FROM sku WHERE sku = '" + sku + "' FOR UPDATE");
      s.executeUpdate(
          "UPDATE stock_location SET available = available + 1 WHERE sku = '"
              + sku
              + "' AND location_id = 'A-01'");
      s.executeUpdate("UPDATE sku SET received = received + 1 WHERE sku = '" + sku + "'");
      try (ResultSet rs =
          s.executeQuery(
              "INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, operation,"
                  + " reason, principal) VALUES ('"
                  + sku
                  + "', 'received', 'available', 1, 'A-01', 'receive', 'held open', 'system')"
                  + " RETURNING movement_id")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static boolean isOf(JsonNode e, String sku, String type) {
    return sku.equals(e.get("subject").asText())
        && (type == null || type.equals(e.get("type").asText()));
  }

  private static long available(JsonNode e) {
    return e.at("/data/totals/available").asLong();
  }
}
