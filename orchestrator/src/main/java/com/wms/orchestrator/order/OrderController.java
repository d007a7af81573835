package com.wms.orchestrator.order;

import com.wms.observability.LogFields;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The order API: place orders and drive them with the warehouse's signals. */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {
  private final OrderService orders;

  OrderController(OrderService orders) {
    this.orders = orders;
  }

  record PackedRequest(String packedBy) {}

  record CancelBody(String reason, String requestedBy) {}

  record DecisionBody(String decision, String decidedBy) {}

  @PostMapping
  ResponseEntity<OrderView> place(@RequestBody OrderRequest request) {
    LogFields.orderId(request.orderId());
    OrderService.Placed placed = orders.place(request);
    URI location = URI.create("/api/v1/orders/" + request.orderId());
    return placed.created()
        ? ResponseEntity.accepted().location(location).body(placed.view())
        : ResponseEntity.ok().location(location).body(placed.view());
  }

  @GetMapping("/{orderId}")
  OrderView get(@PathVariable String orderId) {
    return orders.view(orderId);
  }

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

  @PostMapping("/{orderId}/pick-completed")
  ResponseEntity<OrderView> pickCompleted(
      @PathVariable String orderId, @RequestBody PickCompleted body) {
    return ResponseEntity.accepted().body(orders.pickCompleted(orderId, body));
  }

  @PostMapping("/{orderId}/packed")
  ResponseEntity<OrderView> packed(@PathVariable String orderId, @RequestBody PackedRequest body) {
    return ResponseEntity.accepted().body(orders.packed(orderId, body.packedBy()));
  }

  @PostMapping("/{orderId}/cancel")
  ResponseEntity<OrderView> cancel(
      @PathVariable String orderId, @RequestBody(required = false) CancelBody body) {
    CancelBody b = body == null ? new CancelBody(null, null) : body;
    return ResponseEntity.accepted().body(orders.cancel(orderId, b.reason(), b.requestedBy()));
  }

  @PostMapping("/{orderId}/resolve-shortage")
  ResponseEntity<OrderView> resolveShortage(
      @PathVariable String orderId, @RequestBody DecisionBody body) {
    return ResponseEntity.accepted()
        .body(orders.resolveShortage(orderId, body.decision(), body.decidedBy()));
  }
}
