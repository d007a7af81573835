package com.wms.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code wms dev} prints once it is up: a title, then labelled lines (URLs, token, data), then
 * lines to try. Adding a line is one call: {@code banner.line("console", url)}.
 */
final class Banner {
  private static final int LABEL_WIDTH = 15;

  private final String title;
  private final List<String> lines = new ArrayList<>();
  private final List<String> tryIt = new ArrayList<>();

  Banner(String title) {
    this.title = title;
  }

  /** A labelled line, e.g. {@code line("order API", url)}. */
  Banner line(String label, String value) {
    lines.add("  " + String.format("%-" + LABEL_WIDTH + "s", label) + value);
    return this;
  }

  /** A line under "Try it", such as a command to paste. */
  Banner tryIt(String line) {
    tryIt.add("  " + line);
    return this;
  }

  void print(PrintStream out) {
    StringBuilder text = new StringBuilder().append('\n').append(title).append('\n');
    lines.forEach(l -> text.append(l).append('\n'));
    if (!tryIt.isEmpty()) {
      text.append("Try it (README.md has the whole tour):\n");
      tryIt.forEach(l -> text.append(l).append('\n'));
    }
    text.append("Stop with Ctrl-C.\n");
    out.print(text);
    out.flush();
  }
}
