package com.wms.inventory.core;

import java.util.UUID;
import java.util.regex.Pattern;

/** Validation shared by the typed identifiers and free-text fields. */
public final class Identifiers {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]*");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Identifiers() {}

  /** Returns the value when it is a well-formed code of at most {@code max} characters. */
  public static String require(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw InventoryException.invalid(field + " is required");
    }
    if (value.length() > max) {
      throw InventoryException.invalid(field + " must be at most " + max + " characters");
    }
    if (!CODE.matcher(value).matches()) {
      throw InventoryException.invalid(
          field
              + " may hold only letters, digits and . _ : - and must start with a letter or digit");
    }
    return value;
  }

  /**
   * Free text such as a reason or an actor name: optional, bounded, no control characters, and
   * well-formed Unicode (a lone surrogate, which a JSON escape can smuggle in, has no UTF-8 form).
   */
  public static String text(String field, String value, int max) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      throw InventoryException.invalid(field + " must be at most " + max + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw InventoryException.invalid(field + " must not contain control characters");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw InventoryException.invalid(field + " must be valid Unicode text");
      }
    }
    return value;
  }

  static UUID uuid(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw InventoryException.invalid(field + " is required");
    }
    // UUID.fromString alone accepts signs and short groups, so two texts could name one id.
    if (!UUID_TEXT.matcher(raw).matches()) {
      throw InventoryException.invalid(field + " must be a UUID");
    }
    return UUID.fromString(raw);
  }
}
