package com.wms.inventory.service.events;

import com.wms.events.EventOutbox;
import com.wms.events.EventStream;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inventory stream: items created (outbox), then every ledger movement with the low-stock
 * crossings it causes, published to the feed and to Kafka topic {@value #TOPIC} keyed by SKU.
 */
@Configuration(proxyBeanMethods = false)
public class InventoryEvents {
  /** The stream's name, its outbox rows' stream and its relay's lock. */
  public static final String STREAM = "inventory";

  public static final String SOURCE = "/wms/inventory";
  public static final String TOPIC = "wms.inventory.events";
  public static final String ITEM_CREATED = "wms.inventory.item-created";

  @Bean
  EventStream inventoryStream(EventOutbox outbox, LedgerEventSource ledger) {
    return new EventStream(STREAM, SOURCE, TOPIC, List.of(outbox.source(STREAM), ledger));
  }
}
