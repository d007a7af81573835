package com.wms.app.replicas;

import com.wms.inventory.service.support.Api;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * N replicas of {@code wms worker} (the Temporal worker on task queue {@code orchestrator} and the
 * order API), each a JVM of the product's jar, on the database of a {@link ServiceReplicas} and one
 * Temporal server, reaching stock through {@code inventoryUrl} (a {@link ReplicaBalancer} in front
 * of the service replicas, as production puts a load balancer there). Worker {@code i} names its
 * database sessions {@code worker-i}; its output goes to {@code target/replicas/worker-i.log}.
 *
 * <p>The Temporal test server never times out a sticky task queue, so a killed worker would keep
 * its workflows forever; these workers run with sticky execution off, and any worker takes any
 * workflow task, as a real cluster arranges after the sticky timeout (5 s).
 */
public final class WorkerReplicas implements AutoCloseable {
  private final ServiceReplicas services;
  private final String temporalTarget;
  private final String inventoryUrl;
  private final List<ProductJvm> workers = new ArrayList<>();

  private WorkerReplicas(ServiceReplicas services, String temporalTarget, String inventoryUrl) {
    this.services = services;
    this.temporalTarget = temporalTarget;
    this.inventoryUrl = inventoryUrl;
  }

  /** Starts {@code n} workers in parallel and waits until every one answers health with UP. */
  public static WorkerReplicas start(
      int n, ServiceReplicas services, String temporalTarget, String inventoryUrl)
      throws IOException {
    WorkerReplicas replicas = new WorkerReplicas(services, temporalTarget, inventoryUrl);
    try {
      for (int i = 0; i < n; i++) {
        replicas.workers.add(replicas.launch(i, ProductJvm.freePort()));
      }
      for (ProductJvm w : replicas.workers) {
        w.awaitHealthy();
      }
      return replicas;
    } catch (IOException | RuntimeException e) {
      replicas.close();
      throw e;
    }
  }

  public int size() {
    return workers.size();
  }

  /** The base URL of worker {@code i}'s order API. */
  public String url(int i) {
    return workers.get(i).url();
  }

  /** The base URLs of every worker, killed ones included. */
  public List<String> urls() {
    return workers.stream().map(ProductJvm::url).toList();
  }

  /** The operating system's process id of worker {@code i}. */
  public long pid(int i) {
    return workers.get(i).pid();
  }

  public boolean alive(int i) {
    return workers.get(i).alive();
  }

  /** SIGKILL: activities in flight on it just vanish; Temporal gives them to another worker. */
  public void kill9(int i) throws InterruptedException {
    workers.get(i).kill9();
  }

  /** Starts a killed worker again on its port and waits until it is healthy. */
  public void restart(int i) throws IOException {
    if (alive(i)) {
      throw new IllegalStateException("worker " + i + " is still running");
    }
    workers.set(i, launch(i, workers.get(i).port()));
    workers.get(i).awaitHealthy();
  }

  @Override
  public void close() {
    for (ProductJvm w : workers) {
      w.stop();
    }
  }

  private ProductJvm launch(int i, int port) throws IOException {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("WMS_DB_URL", services.jdbcUrl() + "&ApplicationName=worker-" + i);
    e.put("WMS_DB_USER", "postgres");
    e.put("WMS_DB_PASSWORD", "postgres");
    e.put("WMS_DB_POOL_SIZE", "8");
    e.put("WMS_API_TOKENS", Api.TOKENS);
    e.put("WMS_RATE_LIMIT", Api.RATE_LIMIT);
    e.put("WMS_INVENTORY_URL", inventoryUrl);
    e.put("WMS_INVENTORY_TOKEN", Api.ADMIN_TOKEN);
    e.put("TEMPORAL_ADDRESS", temporalTarget);
    return ProductJvm.launch(
        "worker-" + i,
        "worker",
        port,
        e,
        List.of("-Dwms.orchestrator.sticky-schedule-to-start-timeout=PT0S"));
  }
}
