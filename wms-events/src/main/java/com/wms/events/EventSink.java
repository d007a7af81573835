package com.wms.events;

import java.util.List;

/**
 * Somewhere published events go besides the feed (Kafka, a webhook). One replica at a time ships a
 * sink, in publication order, from the sink's cursor; after a crash the next holder starts again at
 * the cursor, so a sink sees an event at least once and a redelivery carries the same id.
 */
public interface EventSink {

  /** Names the sink's cursor and lock, e.g. {@code kafka:inventory}. */
  String name();

  /** The stream it ships. */
  String stream();

  /**
   * Delivers the events or throws; the cursor moves past them only when this returns.
   *
   * @throws Exception when delivery failed; the batch is offered again after a pause
   */
  void deliver(List<PublishedEvent> events) throws Exception;

  /** Releases what the sink holds (e.g. a producer); called when its replica stops shipping. */
  default void close() {}
}
