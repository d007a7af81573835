package com.wms.app;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static com.wms.inventory.service.support.Stock.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Stock;
import com.wms.security.ApiRole;
import com.wms.security.ApiTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Roles on the order API in the one context of {@code wms dev}: viewers read orders, operators
 * place and signal them, nobody without a token; the worker's inventory calls carry its own token.
 */
class OrderApiAuthIT {
  private final TestSystem system = TestSystem.get();

  @Test
  void theOrderApiNeedsATokenAndAnOperatorToPlaceOrSignal() {
    Stock admin = new Stock(system.api(Api.ADMIN_TOKEN));
    String sku = admin.stockedSku("OAUTH", "A-01", 10);
    String order = Api.unique("OAUTH");
    String body =
        json(
            "orderId",
            order,
            "customerId",
            "C-1",
            "items",
            List.of(Map.of("sku", sku, "quantity", 2)));
    Api none = system.api(null);
    Api viewer = system.api(Api.VIEWER_TOKEN);
    Api operator = system.api(Api.OPERATOR_TOKEN);

    assertProblem(none.post("/api/v1/orders", body), 401, "UNAUTHENTICATED");
    assertProblem(none.get("/api/v1/orders?limit=1"), 401, "UNAUTHENTICATED");
    assertProblem(viewer.post("/api/v1/orders", body), 403, "FORBIDDEN");
    assertThat(viewer.get("/api/v1/orders?limit=1").status()).isEqualTo(200);
    assertThat(operator.post("/api/v1/orders", body).status()).isEqualTo(202);
    assertThat(viewer.get("/api/v1/orders/" + order).status()).isEqualTo(200);
    for (String signal : List.of("cancel", "packed", "pick-completed", "resolve-shortage")) {
      assertProblem(viewer.post("/api/v1/orders/" + order + "/" + signal, "{}"), 403, "FORBIDDEN");
    }
    // An operator may not do what only an admin may, in the same context.
    assertProblem(operator.post("/api/v1/inventory/release/" + order, ""), 403, "FORBIDDEN");

    List<LedgerEntry> reserved = awaitReservation(admin, sku);
    String adminName = ApiTokens.principalName(ApiRole.ADMIN, Api.ADMIN_TOKEN);
    assertThat(reserved.get(0).principal()).matches("admin#[0-9a-f]{6}").isNotEqualTo(adminName);
    assertThat(operator.post("/api/v1/orders/" + order + "/cancel", "{}").status()).isEqualTo(200);
  }

  private static List<LedgerEntry> awaitReservation(Stock stock, String sku) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      List<LedgerEntry> reserved =
          stock.ledger(sku).stream().filter(e -> e.operation().equals("reserve")).toList();
      if (!reserved.isEmpty()) {
        return reserved;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the worker never reserved " + sku);
  }
}
