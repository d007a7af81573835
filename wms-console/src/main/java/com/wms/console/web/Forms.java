package com.wms.console.web;

import java.util.UUID;

/** Reading form input: numbers people type, and the idempotency key a form carries. */
public final class Forms {
  private Forms() {}

  /** A form input the console refuses before calling an API; carries the problem to show. */
  public static final class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public InvalidInput(String field, String detail) {
      super(detail);
      this.problem = Problem.invalid(field, detail);
    }

    public Problem problem() {
      return problem;
    }
  }

  /** A whole number typed into {@code field}; blank or not a number is refused with a message. */
  public static long number(String field, String label, String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInput(field, label + " is required.");
    }
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(
          field, label + " must be a whole number, not \"" + raw.strip() + "\".");
    }
  }

  /** A number that may be left blank (then null). */
  public static Long optionalNumber(String field, String label, String raw) {
    return raw == null || raw.isBlank() ? null : number(field, label, raw);
  }

  /**
   * A fresh key for a form: the form sends it back as the Idempotency-Key, so a double click or a
   * resubmitted page moves stock once.
   */
  public static String newKey() {
    return "console:" + UUID.randomUUID();
  }

  /** The key a form sent, or a fresh one when it sent none or an odd one. */
  public static String keyOf(String sent) {
    return sent != null && sent.matches("console:[0-9a-f-]{36}") ? sent : newKey();
  }
}
