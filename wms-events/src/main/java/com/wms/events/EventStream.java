package com.wms.events;

import java.util.List;

/**
 * One stream of events published by one relay at a time: a bean that a service contributes (the
 * inventory service its movements and items, the orchestrator its orders).
 *
 * @param name the stream's name, e.g. {@code inventory}; names the relay's lock and the sinks
 * @param source the CloudEvents {@code source} of its events, e.g. {@code /wms/inventory}
 * @param kafkaTopic the topic the Kafka sink ships it to
 * @param sources where its events come from, in publication order: an event of a later source may
 *     depend on one of an earlier source (a SKU's movements on its creation), never the reverse
 */
public record EventStream(
    String name, String source, String kafkaTopic, List<EventSource> sources) {
  public EventStream {
    sources = List.copyOf(sources);
  }
}
