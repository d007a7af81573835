package com.wms.app.config;

import com.wms.inventory.core.LocationId;
import com.wms.security.ApiTokens;
import com.wms.security.SecuritySettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.boot.convert.DurationStyle;

/**
 * A kind of setting and how a value of it is checked: {@link #problem} says why a value is not of
 * this kind, as a phrase that follows {@code NAME=value} (e.g. "is not a port number from 0 to
 * 65535"), or nothing when the value is fine. Phrases never repeat the value, so secrets stay out
 * of messages.
 */
@FunctionalInterface
public interface Kind {
  Optional<String> problem(String value);

  /** A TCP port; 0 lets the server pick a free one. */
  Kind PORT =
      when(
          v -> v.matches("\\d{1,5}") && Integer.parseInt(v) <= 65535,
          "is not a port number from 0 to 65535 (0 picks a free port)");

  /**
   * As Spring Boot reads durations: ISO-8601 ({@code PT30S}) or a number and unit ({@code 30s}).
   */
  Kind DURATION =
      value -> {
        try {
          return positive(DurationStyle.detectAndParse(value));
        } catch (IllegalArgumentException e) {
          return Optional.of(
              "is not a duration: write it in ISO-8601 (PT30S, PT24H, P30D) or as a number and"
                  + " unit (30s, 5m, 24h)");
        }
      };

  /** As the inventory client reads its timeouts: ISO-8601 ({@code PT5S}) or milliseconds. */
  Kind ISO_DURATION_OR_MILLIS =
      value -> {
        try {
          return positive(
              value.chars().allMatch(Character::isDigit)
                  ? Duration.ofMillis(Long.parseLong(value))
                  : Duration.parse(value));
        } catch (DateTimeParseException | NumberFormatException e) {
          return Optional.of(
              "is not a duration: write it in ISO-8601 (PT5S, PT1M) or as milliseconds (5000)");
        }
      };

  /** A whole number of at least 1. */
  Kind POSITIVE_INT =
      when(
          v ->
              v.matches("\\d{1,10}")
                  && Long.parseLong(v) >= 1
                  && Long.parseLong(v) <= Integer.MAX_VALUE,
          "is not a whole number of at least 1");

  /** A decimal number from 0 to 1, such as a fraction of units. */
  Kind RATIO =
      when(
          v -> v.matches("\\d*\\.?\\d+") && Double.parseDouble(v) <= 1.0,
          "is not a number from 0 to 1");

  Kind BOOLEAN =
      when(
          v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"),
          "is neither true nor false");

  /** An absolute http or https URL with a host. */
  Kind HTTP_URL = when(Kind::isHttpUrl, "is not an http:// or https:// URL with a host");

  Kind POSTGRES_URL =
      when(
          v -> v.startsWith("jdbc:postgresql://") && v.length() > "jdbc:postgresql://".length(),
          "is not a PostgreSQL JDBC URL starting with jdbc:postgresql://");

  /** {@code host:port}, as a gRPC target such as a Temporal frontend. */
  Kind HOST_PORT =
      when(
          v -> {
            int colon = v.lastIndexOf(':');
            return colon > 0 && PORT.problem(v.substring(colon + 1)).isEmpty() && !v.contains("/");
          },
          "is not host:port");

  /** Comma-separated {@code host:port} pairs, as Kafka's {@code bootstrap.servers}. */
  Kind HOST_PORT_LIST =
      when(
          v ->
              List.of(v.split(",", -1)).stream()
                  .allMatch(p -> HOST_PORT.problem(p.strip()).isEmpty()),
          "is not a comma-separated list of host:port");

  /** An IP address or a host name this machine resolves, such as a bind address. */
  Kind HOST =
      value -> {
        try {
          InetAddress.getByName(value);
          return Optional.empty();
        } catch (UnknownHostException e) {
          return Optional.of("is not an IP address or a host name this machine can resolve");
        }
      };

  /** A readable regular file. */
  Kind FILE =
      when(
          v -> {
            try {
              Path p = Path.of(v);
              return Files.isRegularFile(p) && Files.isReadable(p);
            } catch (InvalidPathException e) {
              return false;
            }
          },
          "names no readable file");

  /**
   * The API's bearer tokens, {@code token=role} pairs; the phrase names the entry, never a token.
   */
  Kind API_TOKENS =
      value -> {
        try {
          ApiTokens.parse(value);
          return Optional.empty();
        } catch (IllegalArgumentException e) {
          return Optional.of("is invalid: " + e.getMessage());
        }
      };

  /** A readable file of bearer tokens, one {@code token=role[:holder]} per line. */
  Kind API_TOKENS_FILE =
      value -> {
        try {
          ApiTokens.parse(null, ApiTokens.readFile(Path.of(value)));
          return Optional.empty();
        } catch (IOException | InvalidPathException e) {
          return Optional.of("names no readable file of at most 1 MiB");
        } catch (IllegalArgumentException e) {
          return Optional.of("is invalid: " + e.getMessage());
        }
      };

  /** Requests per second of a rate budget; 0 turns the limit off. */
  Kind REQUESTS_PER_SECOND =
      when(
          v -> v.matches("\\d{1,10}") && Long.parseLong(v) <= 1_000_000_000L,
          "is not a whole number of requests per second from 0 (no limit) to 1000000000");

  /** Web origins separated by commas, such as {@code https://ops.example.com}, or {@code *}. */
  Kind ORIGINS =
      when(
          SecuritySettings::validOrigins,
          "is not a list of origins such as https://ops.example.com (scheme, host and port"
              + " only) or *");

  /** One line of printable ASCII, such as an HTTP header's value. */
  Kind HEADER_VALUE =
      when(
          v -> v.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
          "is not one line of printable ASCII");

  /** One bearer token, by the rules of {@link #API_TOKENS}. */
  Kind API_TOKEN =
      when(
          v -> !v.contains("=") && API_TOKENS.problem(v + "=viewer").isEmpty(),
          "is not a token: at least 16 printable ASCII characters without spaces, '=' and ','");

  /** A location id, as the inventory API accepts it. */
  Kind LOCATION =
      value -> {
        try {
          LocationId.of(value);
          return Optional.empty();
        } catch (RuntimeException e) {
          return Optional.of(
              "is not a location id: up to 64 letters, digits and . _ : -, starting with a letter or"
                  + " digit");
        }
      };

  /** One of the given words, compared without case. */
  static Kind oneOf(String... words) {
    List<String> allowed = List.of(words);
    return when(
        v -> allowed.stream().anyMatch(v::equalsIgnoreCase),
        "is not one of " + String.join(", ", allowed));
  }

  /** The kind whose values pass {@code test}; others get {@code phrase}. */
  static Kind when(Predicate<String> test, String phrase) {
    return value -> test.test(value) ? Optional.empty() : Optional.of(phrase);
  }

  private static Optional<String> positive(Duration d) {
    return d.isNegative() || d.isZero()
        ? Optional.of("is not a positive duration")
        : Optional.empty();
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
