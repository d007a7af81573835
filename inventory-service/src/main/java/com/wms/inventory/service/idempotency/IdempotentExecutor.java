package com.wms.inventory.service.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.service.jdbc.Pipeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a mutation in one transaction together with its Idempotency-Key. The key row is claimed
 * (inserted) first, so a concurrent request with the same key waits on the key's unique index and
 * then replays the committed response. The claim is queued in the transaction's {@link Pipeline}:
 * it reaches PostgreSQL in the round trip of the mutation's first statement (before it), and the
 * first response is stored in the round trip of the mutation's writes, so a key costs no round trip
 * of its own. When the claim finds the key taken, whatever the mutation did is rolled back and the
 * stored response is replayed, as if the mutation had never run. A refused request (any exception)
 * rolls back the key with the rest, so fixing the request and retrying with the same key works.
 * Keys are scoped to the principal that sent them ({@link IdempotencyKey#owner()}, part of the
 * primary key): another principal's request with the same value runs on its own.
 */
@Component
public class IdempotentExecutor {
  /** Response header set on a replayed response. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  /**
   * Claims a key unless its owner used it already, or a key of unknown owner (from before keys were
   * scoped) holds the same value: one statement, one index probe more than a plain insert.
   */
  private static final String CLAIM =
      "INSERT INTO idempotency_key (owner, idempotency_key, operation, request_hash)"
          + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM idempotency_key"
          + " WHERE owner = '"
          + IdempotencyKey.UNKNOWN_OWNER
          + "' AND idempotency_key = ?)"
          + " ON CONFLICT (owner, idempotency_key) DO NOTHING";

  private static final String STORE =
      "UPDATE idempotency_key SET response_status = ?, response_body = ?"
          + " WHERE owner = ? AND idempotency_key = ?";

  private static final Pipeline.RowCount STORED =
      rows -> {
        if (rows != 1) {
          throw new IllegalStateException("the claimed key row is gone before its response");
        }
      };

  private final Pipeline sql;
  private final TransactionTemplate tx;
  private final ObjectMapper mapper;
  private final MeterRegistry meters;
  private final Map<List<String>, Counter> outcomes = new ConcurrentHashMap<>();

  IdempotentExecutor(
      Pipeline sql, TransactionTemplate tx, ObjectMapper mapper, MeterRegistry meters) {
    this.sql = sql;
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
      String operation,
      IdempotencyKey key,
      Object request,
      HttpStatus status,
      Supplier<Object> action) {
    if (!validKey(key)) {
      count(operation, ErrorCode.VALIDATION_FAILED.name());
      throw InventoryException.invalid(
          "Idempotency-Key must be 1 to 200 printable ASCII characters without spaces");
    }
    try {
      ResponseEntity<Object> response =
          key == null
              ? tx.execute(t -> ResponseEntity.status(status).body(action.get()))
              : keyed(operation, key, request, status, action);
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
  public static boolean validKey(IdempotencyKey key) {
    return key == null || KEY.matcher(key.value()).matches();
  }

  /**
   * Group commit: inserts the key rows of many requests in the caller's transaction, in one round
   * trip. Returns, per request, whether its key is new (or absent); a request whose key exists
   * already must take {@link #run} after this transaction, where it replays or is refused.
   */
  public List<Boolean> claimAll(
      String operation, List<IdempotencyKey> keys, List<Object> requests) {
    List<Object[]> rows = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      IdempotencyKey key = keys.get(i);
      if (key != null) {
        rows.add(claimParams(operation, key, hash(operation, requests.get(i))));
        index.add(i);
      }
    }
    int[] inserted = sql.batch(CLAIM, rows);
    List<Boolean> claimed = new ArrayList<>(java.util.Collections.nCopies(keys.size(), true));
    for (int j = 0; j < inserted.length; j++) {
      claimed.set(index.get(j), inserted[j] == 1);
    }
    return claimed;
  }

  /** Group commit: stores the first responses of claimed keys (null keys are skipped). */
  public void storeAll(List<IdempotencyKey> keys, HttpStatus status, List<Object> bodies) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      IdempotencyKey key = keys.get(i);
      if (key != null) {
        rows.add(new Object[] {status.value(), json(bodies.get(i)), key.owner(), key.value()});
      }
    }
    sql.queueAll(STORE, STORED, rows);
  }

  /**
   * Group commit: removes key rows claimed in this transaction by requests that were refused, as
   * the rollback of {@link #run} would, so that the fixed request can reuse its key.
   */
  public void dropAll(List<IdempotencyKey> keys) {
    List<Object[]> rows = new ArrayList<>();
    for (IdempotencyKey key : keys) {
      if (key != null) {
        rows.add(new Object[] {key.owner(), key.value()});
      }
    }
    sql.queueAll(
        "DELETE FROM idempotency_key WHERE owner = ? AND idempotency_key = ?",
        Pipeline.RowCount.ANY,
        rows);
  }

  private ResponseEntity<Object> keyed(
      String operation,
      IdempotencyKey key,
      Object request,
      HttpStatus status,
      Supplier<Object> action) {
    String hash = hash(operation, request);
    for (int attempt = 1; ; attempt++) {
      ResponseEntity<Object> first =
          tx.execute(t -> claimAndRun(t, operation, key, hash, status, action));
      if (first != null) {
        return first;
      }
      // The key was taken: the attempt rolled back; the stored response is the answer.
      Optional<ResponseEntity<Object>> replayed = replay(key, hash);
      if (replayed.isPresent()) {
        return replayed.get();
      }
      if (attempt == 2) {
        throw new IllegalStateException("key row vanished twice: " + key.value());
      }
      // The retention purge removed the key between the two statements: claim it afresh.
    }
  }

  /**
   * Claims the key and runs the action in the transaction {@code t}; returns the first response, or
   * null (with {@code t} set to roll back) when the key was taken already.
   */
  private ResponseEntity<Object> claimAndRun(
      TransactionStatus t,
      String operation,
      IdempotencyKey key,
      String hash,
      HttpStatus status,
      Supplier<Object> action) {
    int[] claimed = {-1};
    Object[] claim = claimParams(operation, key, hash);
    sql.queue(CLAIM, rows -> claimed[0] = rows, claim);
    Object body;
    try {
      body = action.get();
    } catch (DataAccessException e) {
      // The database refused a statement: the transaction is lost, whatever the claim found.
      throw e;
    } catch (RuntimeException e) {
      if (claimed[0] < 0) {
        // Refused before its first statement: drop what it queued and ask the key alone.
        sql.discard();
        sql.queue(CLAIM, rows -> claimed[0] = rows, claim);
        sql.flush();
      }
      if (claimed[0] != 0) {
        throw e;
      }
      t.setRollbackOnly();
      return null;
    }
    if (claimed[0] < 0) {
      sql.flush();
    }
    if (claimed[0] == 0) {
      t.setRollbackOnly();
      return null;
    }
    String json = json(body);
    sql.queue(STORE, STORED, status.value(), json, key.owner(), key.value());
    // Serialized once: stored for replays and sent as the response.
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
  }

  /**
   * Deletes at most {@code limit} keys first used before {@code cutoff}, oldest first; returns how
   * many. A request that comes again with a deleted key runs again.
   */
  public int purgeCreatedBefore(Instant cutoff, int limit) {
    return sql.update(
        "DELETE FROM idempotency_key WHERE (owner, idempotency_key) IN (SELECT owner,"
            + " idempotency_key FROM idempotency_key WHERE created_at < ?"
            + " ORDER BY created_at LIMIT ?)",
        Timestamp.from(cutoff),
        limit);
  }

  private static Object[] claimParams(String operation, IdempotencyKey key, String hash) {
    return new Object[] {key.owner(), key.value(), operation, hash, key.value()};
  }

  /** The owner's row of the key, or the row of unknown owner that kept the claim from inserting. */
  private Optional<ResponseEntity<Object>> replay(IdempotencyKey key, String hash) {
    Optional<Stored> stored =
        sql.queryOptional(
            "SELECT request_hash, response_status, response_body FROM idempotency_key"
                + " WHERE owner IN (?, '"
                + IdempotencyKey.UNKNOWN_OWNER
                + "') AND idempotency_key = ? ORDER BY owner = '"
                + IdempotencyKey.UNKNOWN_OWNER
                + "' LIMIT 1",
            (rs, i) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3)),
            key.owner(),
            key.value());
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Stored s = stored.get();
    if (!s.hash().equals(hash)) {
      throw new InventoryException(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key " + key.value() + " was first used for a different request");
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
    outcomes
        .computeIfAbsent(
            List.of(operation, outcome),
            k ->
                meters.counter(
                    "wms.inventory.operations", "operation", operation, "outcome", outcome))
        .increment();
  }

  private record Stored(String hash, int status, String body) {}
}
