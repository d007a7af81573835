package com.wms.events.relay;

import com.wms.events.DedicatedConnections;
import com.wms.events.EventLocks;
import com.wms.events.EventSink;
import com.wms.events.EventStream;
import com.wms.events.EventsProperties;
import com.wms.events.EventsSchema;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts, in every replica, one {@link LeaderLoop} per stream (its relay), one per Kafka topic when
 * Kafka is configured, and one per {@link EventSink} bean; the advisory locks let one replica at a
 * time do each. {@code WMS_EVENTS_RELAY_ENABLED=false} keeps a replica out of it.
 */
@Component
class EventRelays implements SmartLifecycle {
  private final List<EventStream> streams;
  private final List<EventSink> sinks;
  private final EventsProperties properties;
  private final DedicatedConnections connections;
  private final List<LeaderLoop> loops = new ArrayList<>();
  private volatile boolean running;

  EventRelays(
      List<EventStream> streams,
      List<EventSink> sinks,
      EventsProperties properties,
      DataSource dataSource,
      EventsSchema schema) {
    this.streams = streams;
    this.sinks = sinks;
    this.properties = properties;
    this.connections = new DedicatedConnections(dataSource);
  }

  @Override
  public synchronized void start() {
    if (properties.relayEnabled()) {
      for (EventStream stream : streams) {
        Relay relay =
            new Relay(
                stream, properties.batchSize(), properties.retention(), properties.purgeInterval());
        loop("relay-" + stream.name(), EventLocks.relay(stream.name()), relay, () -> {});
        if (properties.kafkaEnabled()) {
          ship(
              new KafkaSink(
                  stream, properties.kafkaBootstrapServers(), properties.kafkaPropertiesFile()));
        }
      }
      sinks.forEach(this::ship);
    }
    running = true;
  }

  private void ship(EventSink sink) {
    loop(
        "sink-" + sink.name(),
        EventLocks.sink(sink.name()),
        new SinkShipping(sink, properties.batchSize()),
        sink::close);
  }

  private void loop(String name, long key, LeaderLoop.Step step, Runnable onRelease) {
    LeaderLoop loop =
        new LeaderLoop(
            name,
            key,
            connections,
            step,
            properties.pollInterval(),
            properties.lockRetryInterval(),
            onRelease);
    loops.add(loop);
    loop.start();
  }

  @Override
  public synchronized void stop() {
    loops.forEach(LeaderLoop::stop);
    loops.clear();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
