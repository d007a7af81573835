package com.wms.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The configured bearer tokens ({@code WMS_API_TOKENS=token1=admin,token2=operator:worker}, plus
 * one entry per line of {@code WMS_API_TOKENS_FILE}) and the authentication of a presented token
 * against them. Only SHA-256 digests of the tokens are kept, and a presented token is compared with
 * every one of them in constant time, so neither the comparison nor the position of a match leaks
 * through timing. No message ever contains a token: a wrong entry is named by its position. The
 * application's instance (a bean) takes the tokens of the file again when {@link TokensFileWatcher}
 * sees it change; every caller of {@link #authenticate(String)} sees the new tokens from then on.
 */
public final class ApiTokens implements AuthenticationManager {
  /** The variable of the tokens given inline. */
  public static final String TOKENS_VARIABLE = "WMS_API_TOKENS";

  /** The variable naming the tokens file. */
  public static final String FILE_VARIABLE = "WMS_API_TOKENS_FILE";

  /** Printable ASCII without spaces, {@code =} and {@code ,}: what fits in the variable. */
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x2b\\x2d-\\x3c\\x3e-\\x7e]+");

  private static final Pattern HOLDER = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  /** A tokens file larger than this is refused rather than read. */
  private static final long MAX_FILE_BYTES = 1 << 20;

  static final int MIN_LENGTH = 16;

  private volatile List<Entry> entries;

  private record Entry(byte[] digest, ApiPrincipal principal) {}

  private ApiTokens(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** From now on, the tokens of {@code next}. */
  void replaceWith(ApiTokens next) {
    this.entries = next.entries;
  }

  /**
   * Parses {@code token=role} or {@code token=role:holder} pairs separated by commas; blank means
   * no tokens.
   *
   * @throws IllegalArgumentException naming the entry (by position, never by token) that is wrong
   */
  public static ApiTokens parse(String spec) {
    return parse(spec, null);
  }

  /**
   * Parses the tokens of {@code WMS_API_TOKENS} ({@code spec}) and of the tokens file ({@code
   * fileText}: one entry per line, blank lines and lines starting with {@code #} ignored; null when
   * there is no file). A token may appear only once in both together.
   *
   * @throws IllegalArgumentException naming the entry (by position, never by token) that is wrong
   */
  public static ApiTokens parse(String spec, String fileText) {
    Parser parser = new Parser();
    if (spec != null && !spec.isBlank()) {
      String[] pairs = spec.split(",", -1);
      for (int i = 0; i < pairs.length; i++) {
        parser.add(pairs[i], "entry " + (i + 1) + " of " + TOKENS_VARIABLE);
      }
    }
    if (fileText != null) {
      String[] lines = fileText.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          parser.add(line, "line " + (i + 1) + " of " + FILE_VARIABLE);
        }
      }
    }
    return new ApiTokens(parser.entries);
  }

  /** The text of a tokens file; refuses a file that is not a small regular file. */
  public static String readFile(Path file) throws IOException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new IOException("larger than " + MAX_FILE_BYTES + " bytes");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
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
    List<Entry> now = entries;
    for (Entry e : now) {
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
   * Why the API may not start with these settings, or empty when it may: without tokens (inline or
   * in the file) it starts only when authentication is disabled explicitly, the file must be
   * readable, and every entry must parse.
   *
   * @param tokens {@code WMS_API_TOKENS}, may be null
   * @param file {@code WMS_API_TOKENS_FILE}, may be null or blank
   */
  public static Optional<String> startupProblem(String tokens, String file, boolean authDisabled) {
    if (authDisabled) {
      return Optional.empty();
    }
    String fileText = null;
    if (file != null && !file.isBlank()) {
      try {
        fileText = readFile(Path.of(file.strip()));
      } catch (IOException | RuntimeException e) {
        return Optional.of(
            FILE_VARIABLE
                + " "
                + file.strip()
                + " cannot be read: "
                + e.getClass().getSimpleName()
                + (e.getMessage() == null || e.getMessage().contains(file.strip())
                    ? ""
                    : " (" + e.getMessage() + ")"));
      }
    }
    ApiTokens parsed;
    try {
      parsed = parse(tokens, fileText);
    } catch (IllegalArgumentException e) {
      return Optional.of("the API tokens are invalid: " + e.getMessage());
    }
    if (parsed.isEmpty()) {
      return Optional.of(
          TOKENS_VARIABLE
              + " is not set: give the API its bearer tokens as token=role pairs"
              + " (roles viewer, operator, admin), e.g."
              + " WMS_API_TOKENS=\"$(openssl rand -hex 24)=admin\", or one per line in the file"
              + " named by "
              + FILE_VARIABLE
              + ", or set WMS_AUTH_DISABLED=true to run without authentication");
    }
    return Optional.empty();
  }

  /** {@link #startupProblem(String, String, boolean)} without a tokens file. */
  public static Optional<String> startupProblem(String tokens, boolean authDisabled) {
    return startupProblem(tokens, null, authDisabled);
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

  /** Collects entries, checking each against those before it. */
  private static final class Parser {
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, ApiRole> holders = new HashMap<>();

    void add(String text, String where) {
      String pair = text.strip();
      int eq = pair.lastIndexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(where + " is not token=role");
      }
      String token = pair.substring(0, eq).strip();
      String roleAndHolder = pair.substring(eq + 1);
      int colon = roleAndHolder.indexOf(':');
      String holder = colon < 0 ? null : roleAndHolder.substring(colon + 1).strip();
      ApiRole role;
      try {
        role = ApiRole.parse(colon < 0 ? roleAndHolder : roleAndHolder.substring(0, colon));
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
      if (holder != null && !HOLDER.matcher(holder).matches()) {
        throw new IllegalArgumentException(
            where
                + ": the holder after ':' must be 1 to 32 lowercase letters, digits, '-' or '_',"
                + " starting with a letter");
      }
      if (holder != null && holders.getOrDefault(holder, role) != role) {
        throw new IllegalArgumentException(
            where + ": every token of holder '" + holder + "' must have the same role");
      }
      byte[] digest = sha256(token);
      String name = principalName(role, token);
      for (Entry e : entries) {
        if (MessageDigest.isEqual(e.digest(), digest)) {
          throw new IllegalArgumentException(where + " repeats an earlier token");
        }
        if (e.principal().name().equals(name)) {
          throw new IllegalArgumentException(
              where + " has the fingerprint " + name + " of an earlier token; generate another");
        }
      }
      if (holder != null) {
        holders.put(holder, role);
      }
      entries.add(new Entry(digest, new ApiPrincipal(name, role, holder)));
    }
  }
}
