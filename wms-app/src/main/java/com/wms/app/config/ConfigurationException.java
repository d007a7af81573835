package com.wms.app.config;

import java.util.List;

/**
 * A command's configuration is wrong: each problem is one line that says what is wrong and how to
 * fix it. The {@code wms} command prints them and exits 2 before anything has started.
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public ConfigurationException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
