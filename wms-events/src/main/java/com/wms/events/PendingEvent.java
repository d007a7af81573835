package com.wms.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An event a source found, before the relay numbers and publishes it.
 *
 * @param id the CloudEvents {@code id}: derived from the source row, so a redelivery repeats it
 * @param type e.g. {@code wms.inventory.reserved}
 * @param subject the CloudEvents {@code subject} and the Kafka key: the SKU, or the order id
 * @param time when the change committed
 * @param data the CloudEvents {@code data}
 */
public record PendingEvent(String id, String type, String subject, Instant time, JsonNode data) {}
