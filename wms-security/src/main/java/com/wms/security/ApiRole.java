package com.wms.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of the HTTP APIs, weakest first. Roles are cumulative: a token holds the authority of
 * its role and of every role before it, so an operator may do what a viewer may.
 */
public enum ApiRole {
  /** Reads. */
  VIEWER,
  /** Warehouse floor work: reserve, pick, stage, pack, ship, return, shortage, orders. */
  OPERATOR,
  /** Catalog and stock corrections: create SKUs, receive, adjust, release. */
  ADMIN;

  /** The name in {@code WMS_API_TOKENS} and in principal names, e.g. {@code operator}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The authority a rule asks for, e.g. {@code ROLE_OPERATOR}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** This role's authority and those of every weaker role. */
  public List<GrantedAuthority> authorities() {
    List<GrantedAuthority> granted = new ArrayList<>();
    for (ApiRole r : values()) {
      if (r.compareTo(this) <= 0) {
        granted.add(new SimpleGrantedAuthority(r.authority()));
      }
    }
    return List.copyOf(granted);
  }

  /** Parses a wire name, ignoring case. */
  public static ApiRole parse(String name) {
    for (ApiRole r : values()) {
      if (r.wireName().equalsIgnoreCase(name.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '"
            + name.strip()
            + "'; roles are "
            + Arrays.stream(values()).map(ApiRole::wireName).toList());
  }
}
