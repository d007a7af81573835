package com.wms.inventory.service.support;

import com.wms.inventory.service.InventoryServiceApplication;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP integration tests: the real service on a random port of 127.0.0.1 over the
 * shared embedded PostgreSQL, with one bearer token per role ({@link Api#TOKENS}; {@link #api()}
 * sends the admin token). Every subclass shares one Spring context. Metrics export stays on (Spring
 * Boot turns it off in tests by default) so that /actuator/prometheus exists as in production.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(
    classes = InventoryServiceApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "wms.inventory.sweep-interval=PT1H",
      "wms.security.api-tokens=" + Api.TOKENS,
      "wms.security.rate-limit=" + Api.RATE_LIMIT
    })
public abstract class InventoryServiceIT {
  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  protected Api api() {
    return new Api("http://127.0.0.1:" + port);
  }

  protected Stock stock() {
    return new Stock(api());
  }
}
