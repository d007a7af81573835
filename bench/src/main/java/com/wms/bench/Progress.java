package com.wms.bench;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/** A one-line progress bar on stderr while a timed phase runs. */
final class Progress {
  private Progress() {}

  /** Sleeps until {@code deadlineNanos}, redrawing the bar with the count so far. */
  static void until(String label, long startNanos, long deadlineNanos, LongSupplier done) {
    PrintStream err = System.err;
    long span = Math.max(1, deadlineNanos - startNanos);
    while (true) {
      long now = System.nanoTime();
      double f = Math.min(1.0, (now - startNanos) / (double) span);
      int filled = (int) (f * 30);
      err.printf(
          "\r  %-34s [%s%s] %3d%% %8d done",
          label, "#".repeat(filled), ".".repeat(30 - filled), (int) (f * 100), done.getAsLong());
      if (now >= deadlineNanos) {
        break;
      }
      try {
        Thread.sleep(Math.min(250, Math.max(1, (deadlineNanos - now) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    err.print("\r" + " ".repeat(90) + "\r");
    err.flush();
  }
}
