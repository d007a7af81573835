package com.wms.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code wms.events} (environment variables in {@code wms-events.properties}).
 *
 * @param relayEnabled whether this process takes part in publishing (relay and sinks); the feed
 *     serves either way
 * @param pollInterval how long the relay and the sinks wait after finding nothing new
 * @param batchSize how many source rows one relay transaction or one sink delivery takes at most
 * @param lockRetryInterval how often a replica that does not hold a relay or sink lock asks again
 * @param retention how long published events are kept for the feed and the sinks; the ledger itself
 *     is never trimmed
 * @param purgeInterval how often the relay deletes published events older than the retention
 * @param kafkaBootstrapServers Kafka brokers; empty turns the Kafka sink off
 * @param kafkaPropertiesFile more Kafka producer settings (security, TLS) as a properties file
 * @param feedPageLimit the largest page the feed answers
 * @param feedMaxWait the longest a feed request may wait for new events
 */
@ConfigurationProperties("wms.events")
public record EventsProperties(
    @DefaultValue("true") boolean relayEnabled,
    @DefaultValue("PT0.05S") Duration pollInterval,
    @DefaultValue("500") int batchSize,
    @DefaultValue("PT1S") Duration lockRetryInterval,
    @DefaultValue("P7D") Duration retention,
    @DefaultValue("PT1H") Duration purgeInterval,
    @DefaultValue("") String kafkaBootstrapServers,
    @DefaultValue("") String kafkaPropertiesFile,
    @DefaultValue("1000") int feedPageLimit,
    @DefaultValue("PT30S") Duration feedMaxWait) {

  public boolean kafkaEnabled() {
    return kafkaBootstrapServers != null && !kafkaBootstrapServers.isBlank();
  }
}
