package com.wms.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} options of a benchmark main. */
final class Options {
  private final Map<String, String> values = new LinkedHashMap<>();

  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      o.values.put(args[i].substring(2), args[i + 1]);
    }
    return o;
  }

  int integer(String name, int fallback) {
    return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
  }

  int[] integers(String name, int[] fallback) {
    return values.containsKey(name)
        ? Arrays.stream(values.get(name).split(",")).mapToInt(Integer::parseInt).toArray()
        : fallback;
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  @Override
  public String toString() {
    return values.isEmpty() ? "(defaults)" : values.toString();
  }
}
