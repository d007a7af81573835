package com.wms.inventory.service.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a mutation in one transaction together with its Idempotency-Key. The key row is inserted
 * first, so a concurrent request with the same key waits on the key's unique index and then replays
 * the committed response. A refused request (any exception) rolls back the key with the rest, so
 * fixing the request and retrying with the same key works.
 */
@Component
public class IdempotentExecutor {
  /** Response header set on a replayed response. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate tx;
  private final ObjectMapper mapper;
  private final MeterRegistry meters;

  IdempotentExecutor(
      JdbcClient jdbc,
      JdbcTemplate batch,
      TransactionTemplate tx,
      ObjectMapper mapper,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.tx = tx;
    this.mapper = mapper;
    this.meters = meters;
  }

  /**
   * Runs {@code action} once per key.
   *
   * @param operation the operation name, part of the request fingerprint and the metric tag
   * @param key the Idempotency-Key header, or null to run without replay protection
   * @param request everything that identifies the request (path variables and body)
   * @param status the status of a first, successful response
   */
  public ResponseEntity<Object> run(
      String operation, String key, Object request, HttpStatus status, Supplier<Object> action) {
    if (key != null && !KEY.matcher(key).matches()) {
      count(operation, ErrorCode.VALIDATION_FAILED.name());
      throw InventoryException.invalid(
          "Idempotency-Key must be 1 to 200 printable ASCII characters without spaces");
    }
    try {
      ResponseEntity<Object> response =
          tx.execute(
              t ->
                  key == null
                      ? first(action, status)
                      : keyed(operation, key, request, status, action));
      boolean replayed = response.getHeaders().containsKey(REPLAYED_HEADER);
      count(operation, replayed ? "replayed" : "ok");
      return response;
    } catch (InventoryException e) {
      count(operation, e.code().name());
      throw e;
    } catch (RuntimeException e) {
      count(operation, "error");
      throw e;
    }
  }

  /** Whether {@code key} is a well-formed Idempotency-Key (or absent). */
  public static boolean validKey(String key) {
    return key == null || KEY.matcher(key).matches();
  }

  /**
   * Group commit: inserts the key rows of many requests in the caller's transaction, in one round
   * trip. Returns, per request, whether its key is new (or absent); a request whose key exists
   * already must take {@link #run} after this transaction, where it replays or is refused.
   */
  public List<Boolean> claimAll(String operation, List<String> keys, List<Object> requests) {
    List<Object[]> rows = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i) != null) {
        rows.add(new Object[] {keys.get(i), operation, hash(operation, requests.get(i))});
        index.add(i);
      }
    }
    int[] inserted =
        rows.isEmpty()
            ? new int[0]
            : batch.batchUpdate(
                "INSERT INTO idempotency_key (idempotency_key, operation, request_hash)"
                    + " VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
                rows);
    List<Boolean> claimed = new ArrayList<>(java.util.Collections.nCopies(keys.size(), true));
    for (int j = 0; j < inserted.length; j++) {
      claimed.set(index.get(j), inserted[j] == 1);
    }
    return claimed;
  }

  /** Group commit: stores the first responses of claimed keys (null keys are skipped). */
  public void storeAll(List<String> keys, HttpStatus status, List<Object> bodies) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i) != null) {
        rows.add(new Object[] {status.value(), json(bodies.get(i)), keys.get(i)});
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        "UPDATE idempotency_key SET response_status = ?, response_body = ?"
            + " WHERE idempotency_key = ?",
        rows);
  }

  /**
   * Group commit: removes key rows claimed in this transaction by requests that were refused, as
   * the rollback of {@link #run} would, so that the fixed request can reuse its key.
   */
  public void dropAll(List<String> keys) {
    List<Object[]> rows = new ArrayList<>();
    for (String key : keys) {
      if (key != null) {
        rows.add(new Object[] {key});
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    batch.batchUpdate("DELETE FROM idempotency_key WHERE idempotency_key = ?", rows);
  }

  private ResponseEntity<Object> keyed(
      String operation, String key, Object request, HttpStatus status, Supplier<Object> action) {
    String hash = hash(operation, request);
    for (int attempt = 1; ; attempt++) {
      int inserted =
          jdbc.sql(
                  "INSERT INTO idempotency_key (idempotency_key, operation, request_hash)"
                      + " VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING")
              .params(key, operation, hash)
              .update();
      if (inserted == 1) {
        ResponseEntity<Object> response = first(action, status);
        jdbc.sql(
                "UPDATE idempotency_key SET response_status = ?, response_body = ?"
                    + " WHERE idempotency_key = ?")
            .params(status.value(), json(response.getBody()), key)
            .update();
        return response;
      }
      Optional<ResponseEntity<Object>> replayed = replay(key, hash);
      if (replayed.isPresent()) {
        return replayed.get();
      }
      if (attempt == 2) {
        throw new IllegalStateException("key row vanished twice: " + key);
      }
      // The retention purge removed the key between the two statements: claim it afresh.
    }
  }

  /**
   * Deletes at most {@code limit} keys first used before {@code cutoff}, oldest first; returns how
   * many. A request that comes again with a deleted key runs again.
   */
  public int purgeCreatedBefore(Instant cutoff, int limit) {
    return jdbc.sql(
            "DELETE FROM idempotency_key WHERE idempotency_key IN (SELECT idempotency_key"
                + " FROM idempotency_key WHERE created_at < ? ORDER BY created_at LIMIT ?)")
        .params(Timestamp.from(cutoff), limit)
        .update();
  }

  private static ResponseEntity<Object> first(Supplier<Object> action, HttpStatus status) {
    return ResponseEntity.status(status).body(action.get());
  }

  private Optional<ResponseEntity<Object>> replay(String key, String hash) {
    Optional<Stored> stored =
        jdbc.sql(
                "SELECT request_hash, response_status, response_body FROM idempotency_key"
                    + " WHERE idempotency_key = ?")
            .param(key)
            .query((rs, i) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3)))
            .optional();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Stored s = stored.get();
    if (!s.hash().equals(hash)) {
      throw new InventoryException(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key " + key + " was first used for a different request");
    }
    return Optional.of(
        ResponseEntity.status(s.status())
            .contentType(MediaType.APPLICATION_JSON)
            .header(REPLAYED_HEADER, "true")
            .body(s.body()));
  }

  private String hash(String operation, Object request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(operation.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(json(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass(), e);
    }
  }

  /** Counts one outcome of an operation in {@code wms_inventory_operations_total}. */
  public void count(String operation, String outcome) {
    meters
        .counter("wms.inventory.operations", "operation", operation, "outcome", outcome)
        .increment();
  }

  private record Stored(String hash, int status, String body) {}
}
