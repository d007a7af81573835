package com.wms.events;

import java.util.List;

/**
 * Where a stream's events come from: rows written in the transactions of the changes they announce
 * (the ledger, the outbox). The relay reads every source of a stream in one transaction of its own
 * and publishes what they return in that same transaction.
 */
public interface EventSource {

  /**
   * Reads up to {@code limit} rows that are not yet published, as events in their publication
   * order. Changes nothing: the relay runs {@link Read#markPublished} in the same transaction when
   * it publishes them.
   */
  Read read(RelayTransaction tx, int limit);

  /**
   * What one read found.
   *
   * @param events the events, in publication order
   * @param truncated true when the limit cut the read short: the relay publishes nothing of later
   *     sources in this transaction, since they may depend on the rows left out
   * @param markPublished records in the relay's transaction that these events are published
   */
  record Read(List<PendingEvent> events, boolean truncated, Runnable markPublished) {
    public Read {
      events = List.copyOf(events);
    }

    public static Read none() {
      return new Read(List.of(), false, () -> {});
    }
  }
}
