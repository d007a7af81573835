package com.wms.orchestrator.order;

import com.wms.observability.LogFields;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.security.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
 * The order API: place orders and drive them with the warehouse's requests, each a Workflow Update
 * that the order's workflow takes (200 with the new view) or refuses (409 with its stage).
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "orders", description = "Orders run as Temporal workflows")
class OrderController {
  private static final String KEY = "Idempotency-Key";
  private static final String JSON = "application/json";

  private final OrderService orders;

  OrderController(OrderService orders) {
    this.orders = orders;
  }

  record PackedRequest(String packedBy) {}

  record CancelBody(String reason, String requestedBy) {}

  record DecisionBody(String decision, String decidedBy) {}

  @Operation(
      operationId = "placeOrder",
      summary = "Place an order: starts its fulfillment workflow")
  @ApiResponse(
      responseCode = "202",
      description = "Accepted: the workflow started",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = OrderView.class)),
      headers =
          @Header(name = "Location", description = "the order", schema = @Schema(type = "string")))
  @ApiResponse(
      responseCode = "200",
      description = "The order exists already: no second workflow",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = OrderView.class)),
      headers =
          @Header(name = "Location", description = "the order", schema = @Schema(type = "string")))
  @PostMapping
  ResponseEntity<OrderView> place(@RequestBody OrderRequest request) {
    LogFields.orderId(request.orderId());
    OrderService.Placed placed = orders.place(request);
    URI location = URI.create("/api/v1/orders/" + request.orderId());
    return placed.created()
        ? ResponseEntity.accepted().location(location).body(placed.view())
        : ResponseEntity.ok().location(location).body(placed.view());
  }

  @Operation(operationId = "getOrder", summary = "An order's status, stage and per-line progress")
  @Refusal(status = 404, codes = "UNKNOWN_ORDER")
  @GetMapping("/{orderId}")
  OrderView get(@PathVariable String orderId) {
    return orders.view(orderId);
  }

  @Operation(operationId = "listOrders", summary = "Orders by id, optionally of one status")
  @GetMapping
  List<OrderView> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String after,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > 1000) {
      throw OrderApiException.invalid("limit must be between 1 and 1000");
    }
    return orders.list(status, after, limit);
  }

  @Operation(operationId = "pickCompleted", summary = "The picker reports picked and short items")
  @OrderUpdateAnswers
  @PostMapping("/{orderId}/pick-completed")
  ResponseEntity<OrderView> pickCompleted(
      @PathVariable String orderId,
      @RequestHeader(name = KEY, required = false) String key,
      @RequestBody PickCompleted body) {
    return answer(orders.pickCompleted(orderId, key, body));
  }

  @Operation(operationId = "packed", summary = "The packing station confirms the order is packed")
  @OrderUpdateAnswers
  @PostMapping("/{orderId}/packed")
  ResponseEntity<OrderView> packed(
      @PathVariable String orderId,
      @RequestHeader(name = KEY, required = false) String key,
      @RequestBody PackedRequest body) {
    return answer(orders.packed(orderId, key, body.packedBy()));
  }

  @Operation(operationId = "cancelOrder", summary = "Cancel an order until shipping starts")
  @OrderUpdateAnswers
  @PostMapping("/{orderId}/cancel")
  ResponseEntity<OrderView> cancel(
      @PathVariable String orderId,
      @RequestHeader(name = KEY, required = false) String key,
      @RequestBody(required = false) CancelBody body) {
    CancelBody b = body == null ? new CancelBody(null, null) : body;
    return answer(orders.cancel(orderId, key, b.reason(), b.requestedBy()));
  }

  @Operation(operationId = "resolveShortage", summary = "Ship or cancel an order on hold")
  @OrderUpdateAnswers
  @PostMapping("/{orderId}/resolve-shortage")
  ResponseEntity<OrderView> resolveShortage(
      @PathVariable String orderId,
      @RequestHeader(name = KEY, required = false) String key,
      @RequestBody DecisionBody body) {
    return answer(orders.resolveShortage(orderId, key, body.decision(), body.decidedBy()));
  }

  /**
   * 200 with the view once the workflow has acted on the request; 202 with the last saved view in
   * the rare case it took the request but has not acted within the wait (e.g. the inventory service
   * is slow).
   */
  private static ResponseEntity<OrderView> answer(OrderService.Updated updated) {
    return updated.done()
        ? ResponseEntity.ok(updated.view())
        : ResponseEntity.accepted().body(updated.view());
  }
}
