package com.wms.inventory.service.web;

import com.wms.inventory.api.AdjustRequest;
import com.wms.inventory.api.CreateItemRequest;
import com.wms.inventory.api.ItemSummary;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LedgerPage;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.PackRequest;
import com.wms.inventory.api.PickRequest;
import com.wms.inventory.api.ReceiveRequest;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.api.ReturnToShelfRequest;
import com.wms.inventory.api.ShipRequest;
import com.wms.inventory.api.ShortageRequest;
import com.wms.inventory.api.StageRequest;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.InventoryProperties;
import com.wms.inventory.service.idempotency.IdempotencyKey;
import com.wms.inventory.service.idempotency.IdempotentExecutor;
import com.wms.inventory.service.stock.AllocationService;
import com.wms.inventory.service.stock.Caller;
import com.wms.inventory.service.stock.ReceivingService;
import com.wms.inventory.service.stock.ReservationService;
import com.wms.inventory.service.stock.ShortageService;
import com.wms.inventory.service.stock.StockQueries;
import com.wms.observability.LogFields;
import com.wms.security.ApiPrincipals;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory API of DESIGN.md section 3. Every mutation goes through the idempotent executor.
 */
@RestController
@RequestMapping("/api/v1")
class InventoryController {
  private static final String KEY = "Idempotency-Key";

  private final IdempotentExecutor executor;
  private final ReceivingService receiving;
  private final ReservationService reservations;
  private final AllocationService allocations;
  private final ShortageService shortages;
  private final StockQueries queries;
  private final InventoryProperties properties;
  private final ReserveGroupCommit groupCommit;

  InventoryController(
      IdempotentExecutor executor,
      ReceivingService receiving,
      ReservationService reservations,
      AllocationService allocations,
      ShortageService shortages,
      StockQueries queries,
      InventoryProperties properties,
      ReserveGroupCommit groupCommit) {
    this.executor = executor;
    this.receiving = receiving;
    this.reservations = reservations;
    this.allocations = allocations;
    this.shortages = shortages;
    this.queries = queries;
    this.properties = properties;
    this.groupCommit = groupCommit;
  }

  @PostMapping("/inventory")
  ResponseEntity<Object> create(
      @RequestBody CreateItemRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    ResponseEntity<Object> response =
        executor.run("create", scoped(key), body, HttpStatus.CREATED, () -> receiving.create(body));
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .location(URI.create("/api/v1/inventory/" + Sku.of(body.sku()).value()))
        .body(response.getBody());
  }

  @GetMapping("/inventory/{sku}")
  ItemView item(@PathVariable String sku) {
    return queries.item(Sku.of(sku));
  }

  @GetMapping("/inventory")
  List<ItemSummary> list(
      @RequestParam(defaultValue = "false") boolean lowStock,
      @RequestParam(required = false) String after,
      @RequestParam(defaultValue = "100") int limit) {
    return queries.list(lowStock, after == null ? null : Sku.of(after).value(), limit(limit, 1000));
  }

  @GetMapping("/inventory/{sku}/ledger")
  LedgerPage ledger(
      @PathVariable String sku,
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "100") int limit) {
    return queries.ledger(Sku.of(sku), after, limit(limit, properties.ledgerPageLimit()));
  }

  @GetMapping("/orders/{orderId}/inventory")
  OrderInventoryView order(@PathVariable String orderId) {
    return queries.order(OrderId.of(orderId));
  }

  @PostMapping("/inventory/{sku}/receive")
  ResponseEntity<Object> receive(
      @PathVariable String sku,
      @RequestBody ReceiveRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "receive",
        key,
        id,
        body,
        () -> receiving.receive(id, body, caller(body.receivedBy(), key)));
  }

  @PostMapping("/inventory/{sku}/adjust")
  ResponseEntity<Object> adjust(
      @PathVariable String sku,
      @RequestBody AdjustRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "adjust", key, id, body, () -> receiving.adjust(id, body, caller(body.createdBy(), key)));
  }

  @PostMapping("/inventory/reserve")
  ResponseEntity<Object> reserve(
      @RequestBody ReserveRequest body, @RequestHeader(name = KEY, required = false) String key) {
    LogFields.orderId(body.orderId());
    return groupCommit.reserve(
        body,
        scoped(key),
        caller(null, key),
        () ->
            executor.run(
                "reserve",
                scoped(key),
                body,
                HttpStatus.OK,
                () -> reservations.reserve(body, caller(null, key))));
  }

  @PostMapping("/inventory/release/{orderId}")
  ResponseEntity<Object> release(
      @PathVariable String orderId,
      @RequestParam(required = false) String reason,
      @RequestHeader(name = KEY, required = false) String key) {
    OrderId id = OrderId.of(orderId);
    return executor.run(
        "release",
        scoped(key),
        Arrays.asList(orderId, reason),
        HttpStatus.OK,
        () -> reservations.release(id, caller(null, key), reason));
  }

  @PostMapping("/inventory/{sku}/pick")
  ResponseEntity<Object> pick(
      @PathVariable String sku,
      @RequestBody PickRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    LogFields.orderId(body.orderId());
    return run(
        "pick", key, id, body, () -> reservations.pick(id, body, caller(body.createdBy(), key)));
  }

  @PostMapping("/inventory/{sku}/stage")
  ResponseEntity<Object> stage(
      @PathVariable String sku,
      @RequestBody StageRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "stage", key, id, body, () -> reservations.stage(id, body, caller(body.stagedBy(), key)));
  }

  @PostMapping("/inventory/{sku}/pack")
  ResponseEntity<Object> pack(
      @PathVariable String sku,
      @RequestBody PackRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "pack", key, id, body, () -> allocations.pack(id, body, caller(body.packedBy(), key)));
  }

  @PostMapping("/inventory/{sku}/ship")
  ResponseEntity<Object> ship(
      @PathVariable String sku,
      @RequestBody ShipRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "ship", key, id, body, () -> allocations.ship(id, body, caller(body.shippedBy(), key)));
  }

  @PostMapping("/inventory/{sku}/return-to-shelf")
  ResponseEntity<Object> returnToShelf(
      @PathVariable String sku,
      @RequestBody ReturnToShelfRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "return-to-shelf",
        key,
        id,
        body,
        () -> allocations.returnToShelf(id, body, caller(body.returnedBy(), key)));
  }

  @PostMapping("/inventory/{sku}/shortage")
  ResponseEntity<Object> shortage(
      @PathVariable String sku,
      @RequestBody ShortageRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    LogFields.orderId(body.orderId());
    return run(
        "shortage",
        key,
        id,
        body,
        () -> shortages.record(id, body, caller(body.reportedBy(), key)));
  }

  private ResponseEntity<Object> run(
      String operation,
      String key,
      Sku sku,
      Object body,
      java.util.function.Supplier<Object> action) {
    return executor.run(
        operation, scoped(key), Arrays.asList(sku.value(), body), HttpStatus.OK, action);
  }

  /** The request's Idempotency-Key, owned by the principal that sent it. */
  private static IdempotencyKey scoped(String key) {
    return IdempotencyKey.of(ApiPrincipals.currentKeyOwner(), key);
  }

  private static Caller caller(String actor, String key) {
    return Caller.of(actor, key, ApiPrincipals.current());
  }

  private static int limit(int requested, int max) {
    if (requested < 1 || requested > max) {
      throw InventoryException.invalid("limit must be between 1 and " + max);
    }
    return requested;
  }
}
