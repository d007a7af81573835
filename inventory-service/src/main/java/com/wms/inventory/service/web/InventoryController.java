package com.wms.inventory.service.web;

import static com.wms.inventory.core.ErrorCode.BELOW_RESERVED;
import static com.wms.inventory.core.ErrorCode.INSUFFICIENT_STOCK;
import static com.wms.inventory.core.ErrorCode.INVALID_STATE;
import static com.wms.inventory.core.ErrorCode.OVERPICK;
import static com.wms.inventory.core.ErrorCode.SKU_EXISTS;
import static com.wms.inventory.core.ErrorCode.UNKNOWN_ALLOCATION;
import static com.wms.inventory.core.ErrorCode.UNKNOWN_LOCATION;
import static com.wms.inventory.core.ErrorCode.UNKNOWN_RESERVATION;
import static com.wms.inventory.core.ErrorCode.UNKNOWN_SKU;

import com.wms.inventory.api.AdjustRequest;
import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.CreateItemRequest;
import com.wms.inventory.api.ItemSummary;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LedgerPage;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.OrderLedger;
import com.wms.inventory.api.PackRequest;
import com.wms.inventory.api.PickRequest;
import com.wms.inventory.api.PickResponse;
import com.wms.inventory.api.ReceiveRequest;
import com.wms.inventory.api.ReleaseResponse;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.api.ReserveResponse;
import com.wms.inventory.api.ReturnToShelfRequest;
import com.wms.inventory.api.ShipRequest;
import com.wms.inventory.api.ShortageRequest;
import com.wms.inventory.api.ShortageResponse;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "inventory", description = "Stock buckets, reservations, allocations and the ledger")
class InventoryController {
  private static final String KEY = InventoryApiDocs.IDEMPOTENCY_KEY;
  private static final String JSON = "application/json";

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

  @Operation(
      operationId = "createItem",
      summary = "Register a SKU, optionally with its storage locations")
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ItemView.class)),
      headers =
          @Header(
              name = "Location",
              description = "the new item",
              schema = @Schema(type = "string")))
  @Refuses({SKU_EXISTS})
  @PostMapping("/inventory")
  ResponseEntity<Object> create(
      @RequestBody CreateItemRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    ResponseEntity<Object> response =
        executor.run(
            "create",
            scoped(key),
            body,
            HttpStatus.CREATED,
            () -> receiving.create(body, caller(null, key)));
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .location(URI.create("/api/v1/inventory/" + Sku.of(body.sku()).value()))
        .body(response.getBody());
  }

  @Operation(
      operationId = "getItem",
      summary = "Totals per bucket, locations, open reservations and allocations of a SKU")
  @Refuses({UNKNOWN_SKU})
  @GetMapping("/inventory/{sku}")
  ItemView item(@PathVariable String sku) {
    return queries.item(Sku.of(sku));
  }

  @Operation(
      operationId = "listItems",
      summary = "SKUs in id order, optionally only those at or below their reorder point")
  @GetMapping("/inventory")
  List<ItemSummary> list(
      @RequestParam(defaultValue = "false") boolean lowStock,
      @RequestParam(required = false) String after,
      @RequestParam(defaultValue = "100") int limit) {
    return queries.list(lowStock, after == null ? null : Sku.of(after).value(), limit(limit, 1000));
  }

  /**
   * Oldest first from {@code after}, or with {@code order=desc} newest first before {@code before}.
   */
  @Operation(
      operationId = "getLedger",
      summary =
          "A page of the SKU's movements: oldest first after 'after' (pass nextAfter on), or with"
              + " order=desc newest first before 'before' (pass nextBefore on)")
  @Refuses({UNKNOWN_SKU})
  @GetMapping("/inventory/{sku}/ledger")
  LedgerPage ledger(
      @PathVariable String sku,
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(required = false) Long before,
      @RequestParam(defaultValue = "asc") String order,
      @RequestParam(defaultValue = "100") int limit) {
    int checked = limit(limit, properties.ledgerPageLimit());
    return switch (order) {
      case "asc" -> queries.ledger(Sku.of(sku), after, checked);
      case "desc" ->
          queries.ledgerNewestFirst(Sku.of(sku), before == null ? Long.MAX_VALUE : before, checked);
      default -> throw InventoryException.invalid("order must be asc or desc");
    };
  }

  @Operation(
      operationId = "getOrderInventory",
      summary = "Every reservation and allocation of an order")
  @GetMapping("/orders/{orderId}/inventory")
  OrderInventoryView order(@PathVariable String orderId) {
    return queries.order(OrderId.of(orderId));
  }

  @Operation(
      operationId = "getOrderLedger",
      summary = "The ledger movements that name the order, oldest first (at most limit)")
  @GetMapping("/orders/{orderId}/ledger")
  OrderLedger orderLedger(
      @PathVariable String orderId, @RequestParam(defaultValue = "500") int limit) {
    return queries.orderLedger(OrderId.of(orderId), limit(limit, properties.ledgerPageLimit()));
  }

  @Operation(
      operationId = "receive",
      summary = "Units arrive at a location: received -> available(L)")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ItemView.class)))
  @Refuses({UNKNOWN_SKU})
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

  @Operation(
      operationId = "adjust",
      summary = "Cycle count (newQuantity) or correction (delta): available(L) <-> adjusted")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ItemView.class)))
  @Refuses({UNKNOWN_SKU, BELOW_RESERVED})
  @PostMapping("/inventory/{sku}/adjust")
  ResponseEntity<Object> adjust(
      @PathVariable String sku,
      @RequestBody AdjustRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "adjust", key, id, body, () -> receiving.adjust(id, body, caller(body.createdBy(), key)));
  }

  @Operation(
      operationId = "reserve",
      summary = "Soft-reserve every line of an order, or none: available(L) -> reserved(R)")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = JSON, schema = @Schema(implementation = ReserveResponse.class)))
  @Refuses({UNKNOWN_SKU, INSUFFICIENT_STOCK})
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

  @Operation(
      operationId = "release",
      summary =
          "Release every open reservation of an order (none is fine): reserved/picked -> available")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = JSON, schema = @Schema(implementation = ReleaseResponse.class)))
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

  @Operation(
      operationId = "pick",
      summary = "A picker took units of the order off a shelf: reserved(R) -> picked(R)")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = PickResponse.class)))
  @Refuses({UNKNOWN_SKU, UNKNOWN_RESERVATION, INVALID_STATE, OVERPICK})
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

  @Operation(
      operationId = "stage",
      summary = "Hard-allocate a reservation at a staging location: picked(R) -> staged(A)")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = AllocationView.class)))
  @Refuses({UNKNOWN_SKU, UNKNOWN_RESERVATION, INVALID_STATE})
  @PostMapping("/inventory/{sku}/stage")
  ResponseEntity<Object> stage(
      @PathVariable String sku,
      @RequestBody StageRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "stage", key, id, body, () -> reservations.stage(id, body, caller(body.stagedBy(), key)));
  }

  @Operation(operationId = "pack", summary = "staged(A) -> packed(A)")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = AllocationView.class)))
  @Refuses({UNKNOWN_SKU, UNKNOWN_ALLOCATION, INVALID_STATE})
  @PostMapping("/inventory/{sku}/pack")
  ResponseEntity<Object> pack(
      @PathVariable String sku,
      @RequestBody PackRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "pack", key, id, body, () -> allocations.pack(id, body, caller(body.packedBy(), key)));
  }

  @Operation(
      operationId = "ship",
      summary = "packed(A) -> shipped: the only place units leave for an order")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = AllocationView.class)))
  @Refuses({UNKNOWN_SKU, UNKNOWN_ALLOCATION, INVALID_STATE})
  @PostMapping("/inventory/{sku}/ship")
  ResponseEntity<Object> ship(
      @PathVariable String sku,
      @RequestBody ShipRequest body,
      @RequestHeader(name = KEY, required = false) String key) {
    Sku id = Sku.of(sku);
    return run(
        "ship", key, id, body, () -> allocations.ship(id, body, caller(body.shippedBy(), key)));
  }

  @Operation(
      operationId = "returnToShelf",
      summary = "Compensation: staged/packed(A) -> available(source location)")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = AllocationView.class)))
  @Refuses({UNKNOWN_SKU, UNKNOWN_ALLOCATION, INVALID_STATE})
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

  @Operation(
      operationId = "recordShortage",
      summary = "The shelf held fewer units than believed: expected - actual units -> lost")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = JSON, schema = @Schema(implementation = ShortageResponse.class)))
  @Refuses({UNKNOWN_SKU, UNKNOWN_LOCATION})
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
