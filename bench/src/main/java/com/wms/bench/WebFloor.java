package com.wms.bench;

import com.wms.inventory.api.ReservationView;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.api.ReserveResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web layer's floor: an endpoint that a benchmark adds to the inventory service it starts,
 * taking the reservation's request (same JSON body, token and Idempotency-Key, through the same
 * Tomcat, security filters, Spring MVC and Jackson) and answering a reservation of the same shape,
 * without any database work. Its throughput is what the service's HTTP stack allows on this machine
 * before a single statement runs (BENCHMARKS.md section 7, target 2).
 */
@RestController
public class WebFloor {
  static final String PATH = "/api/v1/bench/web-floor";

  @PostMapping(PATH)
  ResponseEntity<Object> reserve(
      @RequestBody ReserveRequest body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    var line = body.items().get(0);
    ReservationView view =
        new ReservationView(
            UUID.randomUUID().toString(),
            body.orderId(),
            line.sku(),
            "DEFAULT",
            line.quantity(),
            line.quantity(),
            0,
            "active",
            Instant.now().plusSeconds(86_400));
    return ResponseEntity.ok(new ReserveResponse(body.orderId(), List.of(view)));
  }
}
