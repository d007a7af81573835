package com.wms.app.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks a command makes before it starts anything. It collects one line per problem; {@link
 * #orFail} throws them all as a {@link ConfigurationException}. Checks that only read values come
 * first, so that every such mistake shows at once; checks that bind or connect ({@link Probes})
 * follow an {@code orFail()}, one at a time.
 */
public final class Preflight {
  private final List<String> problems = new ArrayList<>();

  private Preflight() {}

  /** Starts with the problems of every setting {@code use} reads from {@code env}. */
  public static Preflight of(Use use, Map<String, String> env) {
    Preflight p = new Preflight();
    p.problems.addAll(Settings.problems(use, env));
    return p;
  }

  /** No checks yet: for the checks that bind or connect, after those of the settings. */
  public static Preflight checks() {
    return new Preflight();
  }

  /** Adds {@code problem} if there is one. */
  public Preflight check(Optional<String> problem) {
    problem.ifPresent(problems::add);
    return this;
  }

  /** Checks a command-line option's value, if given, as a value of {@code kind}. */
  public Preflight option(String option, Object value, Kind kind) {
    if (value != null) {
      kind.problem(String.valueOf(value))
          .ifPresent(why -> problems.add(option + " " + value + " " + why));
    }
    return this;
  }

  /** {@link #option} for a secret such as a token: the message does not show the value. */
  public Preflight secretOption(String option, String value, Kind kind) {
    if (value != null) {
      kind.problem(value).ifPresent(why -> problems.add(option + " " + why));
    }
    return this;
  }

  /** Adds {@code problem} unless {@code ok}. */
  public Preflight require(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
    return this;
  }

  /**
   * Throws every problem found so far.
   *
   * @throws ConfigurationException when there is any
   */
  public Preflight orFail() {
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    return this;
  }
}
