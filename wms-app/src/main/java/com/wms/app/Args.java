package com.wms.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Spring properties as command-line arguments, which outrank application.properties and its
 * environment-variable defaults.
 */
final class Args {
  private Args() {}

  static String[] of(String... keysAndValues) {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      args.add("--" + keysAndValues[i] + "=" + keysAndValues[i + 1]);
    }
    return args.toArray(String[]::new);
  }
}
