package com.wms.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.InventoryServiceIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit recomputes every balance from the ledger: a balance table changed behind the ledger's
 * back is named, bucket and address, with both figures; put back, the audit passes again.
 */
class AuditIT extends InventoryServiceIT {
  @Autowired JdbcClient jdbc;

  @Test
  void aShelfOrAReservationChangedBehindTheLedgerIsNamedWithBothFigures() {
    String sku = stock().stockedSku("AUDIT", "A-1", 10);
    String reservation = stock().reserveOne("O-" + sku, sku, 3);
    assertThat(problemsOf(sku)).isEmpty();

    try {
      jdbc.sql("UPDATE stock_location SET available = available + 2 WHERE sku = ?")
          .param(sku)
          .update();
      jdbc.sql("UPDATE reservation SET reserved = reserved - 1 WHERE sku = ?").param(sku).update();

      assertThat(api().get("/api/v1/audit").body().get("ok").asBoolean()).isFalse();
      assertThat(problemsOf(sku))
          .contains(
              "bucket available at A-1 holds 9 but the ledger says 7",
              "bucket reserved at A-1 of reservation "
                  + reservation
                  + " holds 2 but the ledger says 3",
              "location A-1 says 3 reserved but its reservations hold 2");
    } finally {
      jdbc.sql("UPDATE stock_location SET available = available - 2 WHERE sku = ?")
          .param(sku)
          .update();
      jdbc.sql("UPDATE reservation SET reserved = reserved + 1 WHERE sku = ?").param(sku).update();
    }
    assertThat(problemsOf(sku)).isEmpty();
  }

  private List<String> problemsOf(String sku) {
    JsonNode report = api().get("/api/v1/audit").body();
    List<String> details = new ArrayList<>();
    report
        .get("problems")
        .forEach(
            p -> {
              if (sku.equals(p.get("sku").asText())) {
                details.add(p.get("detail").asText());
              }
            });
    return details;
  }
}
