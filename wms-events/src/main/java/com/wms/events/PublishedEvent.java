package com.wms.events;

import java.time.Instant;

/**
 * A published event as a sink receives it.
 *
 * @param seq its place in the publication order
 * @param id its CloudEvents {@code id}
 * @param subject the SKU or order id: the Kafka key
 * @param body the CloudEvents JSON, the same bytes on every sink and the feed
 */
public record PublishedEvent(
    long seq, String id, String type, String subject, Instant time, String body) {}
