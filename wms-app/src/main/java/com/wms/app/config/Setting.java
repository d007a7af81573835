package com.wms.app.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One environment variable: its kind, an example of a good value (shown in the fix), whether it is
 * a secret (its value is then never shown) and the commands that read it. Unset or blank means the
 * default holds.
 */
public record Setting(String name, Kind kind, String example, boolean secret, Set<Use> readBy) {
  public Setting {
    readBy = Set.copyOf(readBy);
  }

  public static Setting of(String name, Kind kind, String example, Set<Use> readBy) {
    return new Setting(name, kind, example, false, readBy);
  }

  public static Setting secret(String name, Kind kind, String example, Set<Use> readBy) {
    return new Setting(name, kind, example, true, readBy);
  }

  /** What is wrong with this variable's value in {@code env}, and how to fix it, as one line. */
  public Optional<String> problem(Map<String, String> env) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return kind.problem(value)
        .map(
            why ->
                (secret ? name : name + "=" + value)
                    + " "
                    + why
                    + "; e.g. "
                    + name
                    + "="
                    + example);
  }
}
