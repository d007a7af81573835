package com.wms.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies of one driver thread (nanoseconds), merged after a run; percentiles by sorting. */
final class Latencies {
  private long[] values = new long[4096];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  static long[] merged(List<Latencies> all) {
    int n = all.stream().mapToInt(Latencies::size).sum();
    long[] out = new long[n];
    int i = 0;
    for (Latencies l : all) {
      System.arraycopy(l.values, 0, out, i, l.size);
      i += l.size;
    }
    Arrays.sort(out);
    return out;
  }

  /** The p-th percentile (0..100) of sorted values, in milliseconds. */
  static double percentileMs(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  static double median(double... xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
