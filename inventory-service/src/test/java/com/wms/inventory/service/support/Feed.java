package com.wms.inventory.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A consumer of the event feed {@code GET /api/v1/events} as any system around the warehouse would
 * follow it: from a cursor, page by page, with long polls.
 */
public final class Feed {
  private final Api api;
  private final List<JsonNode> events = new ArrayList<>();
  private long cursor;

  public Feed(Api api) {
    this.api = api;
  }

  /** Reads every page there is now (no waiting); returns the events read by this call. */
  public List<JsonNode> catchUp() {
    List<JsonNode> read = new ArrayList<>();
    while (true) {
      List<JsonNode> page = page(0);
      read.addAll(page);
      if (page.isEmpty()) {
        return read;
      }
    }
  }

  /**
   * Follows the feed with long polls until an event matches or {@code timeout} passes; fails then.
   */
  public JsonNode await(Predicate<JsonNode> wanted, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    for (JsonNode e : events) {
      if (wanted.test(e)) {
        return e;
      }
    }
    while (Instant.now().isBefore(deadline)) {
      for (JsonNode e : page(2)) {
        if (wanted.test(e)) {
          return e;
        }
      }
    }
    throw new AssertionError("no such event within " + timeout + "; cursor at " + cursor);
  }

  /** One request: the events after the cursor, waiting up to {@code waitSeconds} for some. */
  public List<JsonNode> page(int waitSeconds) {
    Api.Response r = api.get("/api/v1/events?limit=1000&after=" + cursor + "&wait=" + waitSeconds);
    assertThat(r.status()).as("feed answer %s", r.body()).isEqualTo(200);
    List<JsonNode> page = new ArrayList<>();
    r.body().get("events").forEach(page::add);
    events.addAll(page);
    cursor = r.body().get("next").asLong();
    return page;
  }

  /** Every event read so far, in feed order. */
  public List<JsonNode> events() {
    return List.copyOf(events);
  }

  /** The events read so far whose subject is {@code subject}, in feed order. */
  public List<JsonNode> of(String subject) {
    return events.stream().filter(e -> subject.equals(e.get("subject").asText())).toList();
  }

  public long cursor() {
    return cursor;
  }

  /** An event's CloudEvents id. */
  public static String id(JsonNode event) {
    return event.get("id").asText();
  }
}
