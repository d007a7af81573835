package com.wms.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lifecycle steps through the inventory API, as the worker's activities call them: one
 * keep-alive connection, a bearer token and an Idempotency-Key on every step. As a {@link
 * LifecycleRun.Client} it walks one order at a time through all steps.
 */
final class LifecycleSteps implements LifecycleRun.Client {
  private static final Pattern RESERVATION = Pattern.compile("\"reservationId\":\"([^\"]+)\"");
  private static final Pattern ALLOCATION = Pattern.compile("\"allocationId\":\"([^\"]+)\"");

  private final Http http;
  private final String sku;
  private final String base;
  private final String prefix;

  LifecycleSteps(Http http, String sku, String tag) {
    this.http = http;
    this.sku = sku;
    this.base = "/api/v1/inventory/" + sku;
    this.prefix = "LS-" + tag + "-";
  }

  @Override
  public long[] cycle(long i) {
    String[] ids = new String[2];
    long[] took = new long[Lifecycle.STEPS.length];
    for (int step = 0; step < took.length; step++) {
      long t0 = System.nanoTime();
      run(step, i, ids);
      took[step] = System.nanoTime() - t0;
    }
    return took;
  }

  /**
   * Runs step {@code step} (an index of {@link Lifecycle#STEPS}) for order {@code i}; {@code ids}
   * holds the order's reservation and allocation ids, filled by reserve and stage.
   */
  void run(int step, long i, String[] ids) {
    String order = prefix + i;
    String key = Lifecycle.STEPS[step] + ":" + order;
    switch (step) {
      case 0 -> ids[0] = find(RESERVATION, expect(http.reserveOne(order, sku)));
      case 1 ->
          expect(
              http.post(
                  base + "/pick",
                  "{\"orderId\":\"" + order + "\",\"locationId\":\"A-01\",\"quantity\":1}",
                  key));
      case 2 ->
          ids[1] =
              find(
                  ALLOCATION,
                  expect(
                      http.post(
                          base + "/stage",
                          "{\"reservationId\":\""
                              + ids[0]
                              + "\",\"stagingLocationId\":\"STAGE-1\"}",
                          key)));
      case 3 -> expect(http.post(base + "/pack", "{\"allocationId\":\"" + ids[1] + "\"}", key));
      default -> expect(http.post(base + "/ship", "{\"allocationId\":\"" + ids[1] + "\"}", key));
    }
  }

  private static String expect(Http.Response r) {
    if (r.status() != 200) {
      throw new IllegalStateException("answered " + r.status() + " " + r.body());
    }
    return r.body();
  }

  private static String find(Pattern p, String body) {
    Matcher m = p.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no " + p + " in " + body);
    }
    return m.group(1);
  }

  @Override
  public void close() {
    http.close();
  }
}
