package com.wms.events;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Wires events: the schema, the outbox writer, one relay per {@link EventStream} bean, the Kafka
 * sink when {@code WMS_KAFKA_BOOTSTRAP_SERVERS} is set, every {@link EventSink} bean, and the feed
 * {@code GET /api/v1/events}. Imported by the inventory service and the orchestrator.
 */
@Configuration
@ComponentScan("com.wms.events")
@EnableConfigurationProperties(EventsProperties.class)
@PropertySource("classpath:wms-events.properties")
public class EventsConfiguration {

  @Bean
  EventsSchema eventsSchema(DataSource dataSource) {
    return new EventsSchema(dataSource);
  }
}
