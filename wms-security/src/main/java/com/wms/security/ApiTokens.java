package com.wms.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The configured bearer tokens ({@code WMS_API_TOKENS=token1=admin,token2=operator}) and the
 * authentication of a presented token against them. Only SHA-256 digests of the tokens are kept,
 * and a presented token is compared with every one of them in constant time, so neither the
 * comparison nor the position of a match leaks through timing. No message ever contains a token.
 */
public final class ApiTokens implements AuthenticationManager {
  /** Printable ASCII without spaces, {@code =} and {@code ,}: what fits in the variable. */
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x2b\\x2d-\\x3c\\x3e-\\x7e]+");

  static final int MIN_LENGTH = 16;

  private final List<Entry> entries;

  private record Entry(byte[] digest, ApiPrincipal principal) {}

  private ApiTokens(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Parses {@code token=role} pairs separated by commas; blank means no tokens.
   *
   * @throws IllegalArgumentException naming the entry (by position, never by token) that is wrong
   */
  public static ApiTokens parse(String spec) {
    List<Entry> entries = new ArrayList<>();
    if (spec == null || spec.isBlank()) {
      return new ApiTokens(entries);
    }
    String[] pairs = spec.split(",", -1);
    for (int i = 0; i < pairs.length; i++) {
      String where = "entry " + (i + 1) + " of WMS_API_TOKENS";
      String pair = pairs[i].strip();
      int eq = pair.lastIndexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(where + " is not token=role");
      }
      String token = pair.substring(0, eq).strip();
      ApiRole role;
      try {
        role = ApiRole.parse(pair.substring(eq + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (!TOKEN.matcher(token).matches() || token.length() < MIN_LENGTH) {
        throw new IllegalArgumentException(
            where
                + ": a token must be at least "
                + MIN_LENGTH
                + " printable ASCII characters without spaces, '=' and ','");
      }
      byte[] digest = sha256(token);
      for (Entry e : entries) {
        if (MessageDigest.isEqual(e.digest(), digest)) {
          throw new IllegalArgumentException(where + " repeats an earlier token");
        }
      }
      entries.add(new Entry(digest, new ApiPrincipal(principalName(role, token), role)));
    }
    return new ApiTokens(entries);
  }

  /** True when no token is configured. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** How many tokens are configured. */
  public int size() {
    return entries.size();
  }

  /** The principal of a presented token, comparing it with every configured token. */
  public Optional<ApiPrincipal> authenticate(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    byte[] digest = sha256(presented);
    ApiPrincipal found = null;
    for (Entry e : entries) {
      // No early exit: every configured token is compared, whatever matches.
      boolean equal = MessageDigest.isEqual(e.digest(), digest);
      if (equal) {
        found = e.principal();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Authenticates a {@link BearerTokenFilter.Bearer}; anything else is refused. */
  @Override
  public Authentication authenticate(Authentication authentication) {
    if (!(authentication instanceof BearerTokenFilter.Bearer bearer)) {
      throw new BadCredentialsException("only bearer tokens are accepted");
    }
    ApiPrincipal principal =
        authenticate(bearer.token())
            .orElseThrow(() -> new BadCredentialsException("the bearer token is not valid"));
    return UsernamePasswordAuthenticationToken.authenticated(
        principal, null, principal.role().authorities());
  }

  /** The principal name of a token: its role and the first 6 hex digits of its SHA-256. */
  public static String principalName(ApiRole role, String token) {
    return role.wireName() + "#" + HexFormat.of().formatHex(sha256(token)).substring(0, 6);
  }

  /**
   * Why the API may not start with these settings, or empty when it may: without tokens it starts
   * only when authentication is disabled explicitly, and the tokens must parse.
   */
  public static Optional<String> startupProblem(String tokens, boolean authDisabled) {
    if (authDisabled) {
      return Optional.empty();
    }
    if (tokens == null || tokens.isBlank()) {
      return Optional.of(
          "WMS_API_TOKENS is not set: give the API its bearer tokens as token=role pairs"
              + " (roles viewer, operator, admin), e.g."
              + " WMS_API_TOKENS=\"$(openssl rand -hex 24)=admin\", or set WMS_AUTH_DISABLED=true"
              + " to run without authentication");
    }
    try {
      parse(tokens);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("WMS_API_TOKENS is invalid: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "ApiTokens[" + entries.stream().map(e -> e.principal().name()).toList() + "]";
  }

  static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
