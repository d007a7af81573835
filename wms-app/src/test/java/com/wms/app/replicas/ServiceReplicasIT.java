package com.wms.app.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replica harness itself: two service JVMs on one database, one of them killed. */
class ServiceReplicasIT {

  @Test
  void twoReplicasShareOneDatabaseAndTheSurvivorServesAfterTheOtherIsKilled() throws Exception {
    try (ServiceReplicas replicas = ServiceReplicas.start(2, Map.of())) {
      Api first = replicas.api(0);
      Api second = replicas.api(1);
      assertThat(
              first
                  .post("/api/v1/inventory", "{\"sku\":\"REP-1\",\"productName\":\"Replicated\"}")
                  .status())
          .isEqualTo(201);
      assertThat(
              first
                  .post(
                      "/api/v1/inventory/REP-1/receive",
                      "{\"locationId\":\"A-01\",\"quantity\":5,\"referenceId\":\"PO-1\"}")
                  .status())
          .isEqualTo(200);
      assertThat(second.get("/api/v1/inventory/REP-1").body().at("/totals/available").asLong())
          .isEqualTo(5);

      replicas.kill9(0);

      assertThat(replicas.alive(0)).isFalse();
      assertThat(
              second
                  .post(
                      "/api/v1/inventory/REP-1/receive",
                      "{\"locationId\":\"A-01\",\"quantity\":2,\"referenceId\":\"PO-2\"}")
                  .status())
          .isEqualTo(200);
      assertThat(second.get("/api/v1/inventory/REP-1").body().at("/totals/available").asLong())
          .isEqualTo(7);
      assertThat(second.get("/api/v1/audit").body().get("ok").asBoolean()).isTrue();
    }
  }
}
