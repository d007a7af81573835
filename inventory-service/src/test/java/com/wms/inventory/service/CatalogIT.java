package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static com.wms.inventory.service.support.Stock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.ItemSummary;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.api.LedgerPage;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.api.Totals;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Creating SKUs and the read side: item view, low-stock list, ledger pages, order view. */
class CatalogIT extends InventoryServiceIT {

  @Test
  void createAnswers201WithTheLocationOfAnEmptyItem() {
    Api api = api();
    String sku = Api.unique("CAT");

    Api.Response r =
        api.post(
            "/api/v1/inventory",
            json(
                "sku",
                sku,
                "productName",
                "Blue widget",
                "reorderPoint",
                5,
                "reorderQuantity",
                50,
                "locations",
                List.of("A-1", "B-2")));

    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    assertThat(r.raw().headers().firstValue("Location")).hasValue("/api/v1/inventory/" + sku);
    ItemView created = Stock.read(r.body(), ItemView.class);
    assertThat(created.productName()).isEqualTo("Blue widget");
    assertThat(created.reorderPoint()).isEqualTo(5);
    assertThat(created.reorderQuantity()).isEqualTo(50);
    assertThat(created.lowStock()).isTrue();
    Stock stock = stock();
    assertThat(stock.item(sku)).isEqualTo(created);
    assertThat(stock.balances(sku)).isEmpty();
    assertThat(stock.shelves(sku))
        .containsExactly("A-1 available=0 reserved=0", "B-2 available=0 reserved=0");
    assertThat(stock.ledger(sku)).isEmpty();
  }

  @Test
  void createRefusesAnExistingSkuAndKeepsTheFirstItem() {
    Stock stock = stock();
    String sku = stock.stockedSku("CAT", "A-1", 3);

    Api.Response again =
        api().post("/api/v1/inventory", json("sku", sku, "productName", "Impostor"));

    assertProblem(again, 409, "SKU_EXISTS");
    assertThat(stock.item(sku).productName()).isEqualTo("Widget " + sku);
    assertThat(stock.balances(sku)).isEqualTo("available=3 onHand=3 received=3");
  }

  @Test
  void unknownSkuIsNotFoundForItemAndLedger() {
    String sku = Api.unique("NONE");

    assertProblem(api().get("/api/v1/inventory/" + sku), 404, "UNKNOWN_SKU");
    assertProblem(api().get("/api/v1/inventory/" + sku + "/ledger"), 404, "UNKNOWN_SKU");
    assertProblem(api().get("/api/v1/inventory/bad!sku"), 400, "VALIDATION_FAILED");
  }

  @Test
  void lowStockListsOnlySkusWhoseAvailableUnitsAreAtOrBelowTheirReorderPoint() {
    Stock stock = stock();
    String prefix = Api.unique("LOW");
    String below = stock.createSku(prefix + "-a", 5);
    String above = stock.createSku(prefix + "-b", 5);
    String at = stock.createSku(prefix + "-c", 5);
    Stock.ok(stock.receive(below, "A-1", 3));
    Stock.ok(stock.receive(above, "A-1", 9));
    Stock.ok(stock.receive(at, "A-1", 5));
    // Reserved units are not available: 9 on hand, 4 available is low.
    String reservedAway = stock.createSku(prefix + "-d", 5);
    Stock.ok(stock.receive(reservedAway, "A-1", 9));
    stock.reserveOne(Api.unique("ORD"), reservedAway, 5);

    List<ItemSummary> low =
        list("/api/v1/inventory?lowStock=true&limit=10&after=" + prefix, prefix);
    List<ItemSummary> all = list("/api/v1/inventory?limit=10&after=" + prefix, prefix);

    assertThat(low)
        .extracting(ItemSummary::sku, ItemSummary::available, ItemSummary::onHand)
        .containsExactly(tuple(below, 3L, 3L), tuple(at, 5L, 5L), tuple(reservedAway, 4L, 9L));
    assertThat(low).allMatch(ItemSummary::lowStock);
    assertThat(all).extracting(ItemSummary::sku).containsExactly(below, above, at, reservedAway);
    assertThat(stock.item(above).lowStock()).isFalse();
    assertThat(stock.item(at).lowStock()).isTrue();
  }

  @Test
  void listShowsEveryBucketOfEachSkuAndTheUnitsThatLeft() {
    Stock stock = stock();
    String prefix = Api.unique("BKT");
    String sku = stock.createSku(prefix + "-a", 2);
    Stock.ok(stock.receive(sku, "A-1", 10));
    String staged = stock.reserveOne(Api.unique("ORD"), sku, 4);
    stock.staged(sku, staged);
    String pickedOrder = Api.unique("ORD");
    stock.reserveOne(pickedOrder, sku, 3);
    Stock.ok(stock.pick(sku, pickedOrder, "A-1", 1));
    String shippedReservation = stock.reserveOne(Api.unique("ORD"), sku, 2);
    String shipped = stock.staged(sku, shippedReservation);
    Stock.ok(stock.pack(sku, shipped));
    Stock.ok(stock.ship(sku, shipped));

    ItemSummary row = list("/api/v1/inventory?limit=1&after=" + prefix, prefix).get(0);

    assertThat(row)
        .extracting(
            ItemSummary::available,
            ItemSummary::reserved,
            ItemSummary::picked,
            ItemSummary::staged,
            ItemSummary::packed,
            ItemSummary::onHand,
            ItemSummary::shipped,
            ItemSummary::lost)
        .containsExactly(1L, 2L, 1L, 4L, 0L, 8L, 2L, 0L);
    Totals totals = stock.totals(sku);
    assertThat(row.onHand()).isEqualTo(totals.onHand());
    assertThat(row.reserved()).isEqualTo(totals.reserved());
  }

  @Test
  void listRefusesALimitOutsideItsBounds() {
    assertProblem(api().get("/api/v1/inventory?limit=0"), 400, "VALIDATION_FAILED");
    assertProblem(api().get("/api/v1/inventory?limit=1001"), 400, "VALIDATION_FAILED");
    assertProblem(api().get("/api/v1/inventory?lowStock=maybe"), 400, "VALIDATION_FAILED");
  }

  @Test
  void ledgerPagesFollowAfterAndLimitInMovementOrder() {
    Stock stock = stock();
    String sku = stock.newSku("CAT");
    for (int i = 1; i <= 5; i++) {
      Stock.ok(stock.receive(sku, "A-" + i, i));
    }

    LedgerPage first = page(sku, "?limit=2");
    LedgerPage second = page(sku, "?limit=2&after=" + first.nextAfter());
    LedgerPage third = page(sku, "?limit=2&after=" + second.nextAfter());

    assertThat(first.entries()).extracting(LedgerEntry::quantity).containsExactly(1L, 2L);
    assertThat(first.nextAfter()).isEqualTo(first.entries().get(1).movementId());
    assertThat(second.entries()).extracting(LedgerEntry::quantity).containsExactly(3L, 4L);
    assertThat(third.entries()).extracting(LedgerEntry::quantity).containsExactly(5L);
    assertThat(third.nextAfter()).isNull();
    LedgerEntry e = third.entries().get(0);
    assertThat(e.sku()).isEqualTo(sku);
    assertThat(e.from()).isEqualTo("received");
    assertThat(e.to()).isEqualTo("available");
    assertThat(e.locationId()).isEqualTo("A-5");
    assertThat(e.operation()).isEqualTo("receive");
    assertThat(e.reason()).isEqualTo("PO-1");
    assertThat(e.createdAt()).isNotNull();
    assertThat(page(sku, "?after=" + e.movementId()).entries()).isEmpty();
    assertThat(page(sku, "").entries()).hasSize(5);
    assertThat(page(sku, "?after=&limit=").entries()).hasSize(5);
  }

  @Test
  void ledgerPagesNewestFirstFollowBefore() {
    Stock stock = stock();
    String sku = stock.newSku("CAT");
    for (int i = 1; i <= 5; i++) {
      Stock.ok(stock.receive(sku, "A-" + i, i));
    }

    LedgerPage first = page(sku, "?order=desc&limit=2");
    LedgerPage second = page(sku, "?order=desc&limit=2&before=" + first.nextBefore());
    LedgerPage third = page(sku, "?order=desc&limit=2&before=" + second.nextBefore());

    assertThat(first.entries()).extracting(LedgerEntry::quantity).containsExactly(5L, 4L);
    assertThat(first.nextAfter()).isNull();
    assertThat(second.entries()).extracting(LedgerEntry::quantity).containsExactly(3L, 2L);
    assertThat(third.entries()).extracting(LedgerEntry::quantity).containsExactly(1L);
    assertThat(third.nextBefore()).isNull();
    assertProblem(
        api().get("/api/v1/inventory/" + sku + "/ledger?order=sideways"), 400, "VALIDATION_FAILED");
  }

  @Test
  void orderLedgerListsTheMovementsOfTheOrderOnly() {
    Stock stock = stock();
    String sku = stock.stockedSku("CAT", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 3);
    stock.staged(sku, reservation);
    stock.reserveOne(Api.unique("ORD"), sku, 1);

    JsonNode ledger = Stock.ok(api().get("/api/v1/orders/" + order + "/ledger")).body();
    JsonNode limited = Stock.ok(api().get("/api/v1/orders/" + order + "/ledger?limit=1")).body();

    assertThat(ledger.get("orderId").asText()).isEqualTo(order);
    assertThat(ledger.get("truncated").asBoolean()).isFalse();
    assertThat(StreamSupport.stream(ledger.get("entries").spliterator(), false))
        .extracting(e -> e.get("operation").asText() + " " + e.get("quantity").asLong())
        .containsExactly("reserve 3", "stage 3");
    assertThat(limited.get("entries")).hasSize(1);
    assertThat(limited.get("truncated").asBoolean()).isTrue();
    assertProblem(api().get("/api/v1/orders/bad!order/ledger"), 400, "VALIDATION_FAILED");
  }

  @Test
  void ledgerRefusesALimitOutsideItsBounds() {
    String sku = stock().newSku("CAT");
    String ledger = "/api/v1/inventory/" + sku + "/ledger";

    assertProblem(api().get(ledger + "?limit=0"), 400, "VALIDATION_FAILED");
    assertProblem(api().get(ledger + "?limit=1001"), 400, "VALIDATION_FAILED");
    assertProblem(api().get(ledger + "?limit=ten"), 400, "VALIDATION_FAILED");
    assertProblem(api().get(ledger + "?after=first"), 400, "VALIDATION_FAILED");
  }

  @Test
  void orderInventoryShowsEveryReservationAndAllocationOfTheOrder() {
    Stock stock = stock();
    String shirts = stock.stockedSku("CAT", "A-1", 4, "B-1", 2);
    String socks = stock.stockedSku("CAT", "C-1", 10);
    String order = Api.unique("ORD");
    Api.Response reserved = Stock.ok(stock.reserve(order, shirts, 5, socks, 2));
    String sockReservation =
        StreamSupport.stream(reserved.body().get("reservations").spliterator(), false)
            .filter(r -> r.get("sku").asText().equals(socks))
            .map(r -> r.get("reservationId").asText())
            .findFirst()
            .orElseThrow();
    String allocation = stock.staged(socks, sockReservation);
    String otherOrder = Api.unique("ORD");
    stock.reserveOne(otherOrder, socks, 1);

    OrderInventoryView view = stock.order(order);

    assertThat(view.orderId()).isEqualTo(order);
    assertThat(view.reservations())
        .extracting(
            ReservationView::sku,
            ReservationView::locationId,
            ReservationView::quantity,
            ReservationView::status)
        .containsExactlyInAnyOrder(
            tuple(shirts, "A-1", 4L, "active"),
            tuple(shirts, "B-1", 1L, "active"),
            tuple(socks, "C-1", 2L, "staged"));
    assertThat(view.allocations())
        .extracting(
            AllocationView::allocationId, AllocationView::reservationId, AllocationView::sku)
        .containsExactly(tuple(allocation, sockReservation, socks));
    JsonNode empty =
        Stock.ok(api().get("/api/v1/orders/" + Api.unique("NONE") + "/inventory")).body();
    assertThat(empty.get("reservations")).isEmpty();
    assertThat(empty.get("allocations")).isEmpty();
    assertProblem(api().get("/api/v1/orders/bad!order/inventory"), 400, "VALIDATION_FAILED");
  }

  private List<ItemSummary> list(String path, String prefix) {
    JsonNode body = Stock.ok(api().get(path)).body();
    return StreamSupport.stream(body.spliterator(), false)
        .map(n -> Stock.read(n, ItemSummary.class))
        .filter(s -> s.sku().startsWith(prefix))
        .toList();
  }

  private LedgerPage page(String sku, String query) {
    return Stock.read(
        Stock.ok(api().get("/api/v1/inventory/" + sku + "/ledger" + query)).body(),
        LedgerPage.class);
  }
}
