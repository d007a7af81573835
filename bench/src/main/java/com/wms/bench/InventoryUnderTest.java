package com.wms.bench;

import com.wms.inventory.service.InventoryServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inventory service alone, in this JVM, on 127.0.0.1 and a free port, over a given database:
 * the product's own settings except the group-commit batch size, which the benchmark varies.
 */
final class InventoryUnderTest implements AutoCloseable {
  private final ConfigurableApplicationContext context;
  private final int port;

  private InventoryUnderTest(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
  }

  /** {@code groupCommitMaxBatch} 1 is the naive one-transaction-per-request design. */
  static InventoryUnderTest start(String jdbcUrl, int groupCommitMaxBatch) {
    return start(jdbcUrl, groupCommitMaxBatch, new String[0]);
  }

  /**
   * As {@link #start(String, int)} with more settings, e.g. {@code
   * --wms.events.relay-enabled=false}.
   */
  static InventoryUnderTest start(String jdbcUrl, int groupCommitMaxBatch, String... more) {
    return start(
        new Class<?>[] {InventoryServiceApplication.class}, jdbcUrl, groupCommitMaxBatch, more);
  }

  /** As {@link #start(String, int)}, with the {@link WebFloor} endpoint added. */
  static InventoryUnderTest startWithWebFloor(String jdbcUrl, int groupCommitMaxBatch) {
    return start(
        new Class<?>[] {InventoryServiceApplication.class, WebFloor.class},
        jdbcUrl,
        groupCommitMaxBatch);
  }

  private static InventoryUnderTest start(
      Class<?>[] sources, String jdbcUrl, int groupCommitMaxBatch, String... more) {
    String[] base = {
      "--server.port=0",
      "--server.address=127.0.0.1",
      "--spring.datasource.url=" + jdbcUrl,
      "--spring.datasource.username=postgres",
      "--spring.datasource.password=postgres",
      "--spring.main.banner-mode=off",
      "--wms.security.api-tokens=" + Http.TOKEN + "=admin",
      // The driver sends thousands of requests per second with one token: no budget.
      "--wms.security.rate-limit=0",
      "--logging.level.root=WARN",
      "--wms.inventory.sweep-interval=PT1H",
      "--wms.inventory.group-commit-max-batch=" + groupCommitMaxBatch
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(sources).run(args);
    return new InventoryUnderTest(context);
  }

  int port() {
    return port;
  }

  Http client() {
    return new Http("127.0.0.1", port);
  }

  @Override
  public void close() {
    context.close();
  }
}
