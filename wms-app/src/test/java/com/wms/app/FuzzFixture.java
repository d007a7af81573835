package com.wms.app;

import static com.wms.inventory.service.support.Stock.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Stock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The state the HTTP fuzzer starts from and refers to: two SKUs the inventory requests aim at, with
 * an open reservation, a staged and a packed allocation, a SKU for the order API and an order in
 * flight. Ids that successful fuzz requests create are added, so later requests reach them.
 */
final class FuzzFixture {
  final String skuA;
  final String skuB;
  final String orderSku;
  final String reservedOrder;
  final String allocatedOrder;
  final String apiOrder;
  final List<String> reservationIds = Collections.synchronizedList(new ArrayList<>());
  final List<String> allocationIds = Collections.synchronizedList(new ArrayList<>());

  private FuzzFixture(Stock stock, Api api) {
    skuA = stock.stockedSku("FZA", "A-1", 500, "B-1", 100);
    skuB = stock.stockedSku("FZB", "A-1", 50);
    orderSku = stock.stockedSku("FZORD", "A-01", 100_000);
    reservedOrder = Api.unique("FZO");
    allocatedOrder = Api.unique("FZO");
    reservationIds.add(stock.reserveOne(reservedOrder, skuA, 5));
    String staged = stock.reserveOne(allocatedOrder, skuA, 3);
    String packed = stock.reserveOne(allocatedOrder, skuB, 2);
    reservationIds.add(staged);
    reservationIds.add(packed);
    ok(stock.pick(skuA, allocatedOrder, "A-1", 3));
    allocationIds.add(stock.staged(skuA, staged));
    String alloc = stock.staged(skuB, packed);
    ok(stock.pack(skuB, alloc));
    allocationIds.add(alloc);
    apiOrder = Api.unique("FZAPI");
    Api.Response placed =
        api.post(
            "/api/v1/orders",
            Stock.json(
                "orderId",
                apiOrder,
                "customerId",
                "C-1",
                "items",
                List.of(Map.of("sku", orderSku, "quantity", 2))));
    if (placed.status() != 202) {
      throw new IllegalStateException("order not placed: " + placed.raw().body());
    }
  }

  static FuzzFixture create(Api admin) {
    return new FuzzFixture(new Stock(admin), admin);
  }

  /** Remembers the reservation and allocation ids a successful response names. */
  void learn(JsonNode body) {
    if (body == null) {
      return;
    }
    for (JsonNode id : body.findValues("reservationId")) {
      remember(reservationIds, id.asText());
    }
    for (JsonNode id : body.findValues("allocationId")) {
      remember(allocationIds, id.asText());
    }
  }

  private static void remember(List<String> ids, String id) {
    if (!ids.contains(id) && ids.size() < 200) {
      ids.add(id);
    }
  }

  /**
   * Everything a refused request must leave as it was, in one string: the ledger, balances,
   * reservations and allocations of the two inventory SKUs, the catalog, the orders and the
   * fuzzer's idempotency keys. The order SKU is left out: workflows move its stock at any time.
   */
  String fingerprint(JdbcClient jdbc) {
    return jdbc.sql(
            """
            SELECT concat_ws(' | ',
              (SELECT count(*) FROM ledger WHERE sku IN (:a, :b)),
              (SELECT string_agg(concat_ws(':', sku, received, shipped, lost, adjusted_in,
                 adjusted_out, product_name, reorder_point, reorder_quantity), ',' ORDER BY sku)
                 FROM sku WHERE sku IN (:a, :b)),
              (SELECT string_agg(concat_ws(':', sku, location_id, available, reserved), ','
                 ORDER BY sku, location_id) FROM stock_location WHERE sku IN (:a, :b)),
              (SELECT string_agg(concat_ws(':', reservation_id, status, reserved, picked), ','
                 ORDER BY reservation_id) FROM reservation WHERE sku IN (:a, :b)),
              (SELECT string_agg(concat_ws(':', allocation_id, status), ','
                 ORDER BY allocation_id) FROM allocation WHERE sku IN (:a, :b)),
              (SELECT count(*) FROM sku),
              (SELECT count(*) FROM stock_location),
              (SELECT count(*) FROM customer_order),
              (SELECT count(*) FROM idempotency_key WHERE idempotency_key LIKE 'fz-%'))
            """)
        .param("a", skuA)
        .param("b", skuB)
        .query(String.class)
        .single();
  }
}
