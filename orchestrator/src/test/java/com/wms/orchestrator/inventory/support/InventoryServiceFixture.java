package com.wms.orchestrator.inventory.support;

import com.wms.inventory.client.InventoryClient;
import com.wms.inventory.client.InventoryClientConfig;
import com.wms.inventory.service.InventoryServiceApplication;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real inventory service, started once per test JVM on a random port of 127.0.0.1 over the
 * shared embedded PostgreSQL, with the test tokens of {@link Api#TOKENS}. Spring's shutdown hook
 * stops it when the JVM exits.
 */
public final class InventoryServiceFixture {
  private static InventoryClient client;

  private InventoryServiceFixture() {}

  /** A client of the running service, starting it on first use. */
  public static synchronized InventoryClient client() {
    if (client == null) {
      // The worker's token is an admin token: compensation releases reservations.
      client =
          new InventoryClient(
              new InventoryClientConfig(
                  start(),
                  InventoryClientConfig.DEFAULT_CONNECT_TIMEOUT,
                  InventoryClientConfig.DEFAULT_REQUEST_TIMEOUT,
                  Api.ADMIN_TOKEN));
    }
    return client;
  }

  private static String start() {
    // Arguments, not default properties: application.properties would win over defaults.
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(InventoryServiceApplication.class)
            .run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--wms.inventory.sweep-interval=PT1H",
                "--wms.security.api-tokens=" + Api.TOKENS,
                "--wms.security.rate-limit=" + Api.RATE_LIMIT,
                "--spring.main.banner-mode=off");
    int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    return "http://127.0.0.1:" + port;
  }
}
