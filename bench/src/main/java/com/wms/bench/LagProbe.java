package com.wms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the published events while the load runs, as consumers would: the HTTP feed with long
 * polls and the Kafka topic. For every event it records the end-to-end lag, from the commit of the
 * movement (the event's {@code time}, PostgreSQL's commit timestamp) to the moment the consumer
 * holds it; only events committed inside the measured window count. Also counts the events
 * published in the window ({@code sequence} numbers).
 */
final class LagProbe implements Driver.Probe, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Latencies feedLag = new Latencies();
  private final Latencies kafkaLag = new Latencies();
  private final Thread feed;
  private final Thread kafka;
  private volatile boolean running = true;
  private volatile Instant from = Instant.MAX;
  private volatile Instant to = Instant.MAX;
  private volatile long lastSeq;
  private long seqAtStart;
  private long seqAtStop;
  private Instant started;
  private Instant stopped;

  LagProbe(int port, String bootstrapServers, long fromSeq) {
    this.lastSeq = fromSeq;
    this.feed = new Thread(() -> followFeed(port, fromSeq), "lag-feed");
    this.kafka = new Thread(() -> followKafka(bootstrapServers), "lag-kafka");
    feed.start();
    kafka.start();
  }

  @Override
  public void start() {
    seqAtStart = lastSeq;
    started = Instant.now();
    from = started;
  }

  @Override
  public void stop() {
    stopped = Instant.now();
    to = stopped;
    seqAtStop = lastSeq;
  }

  /** Events published per second in the window, as the feed saw them. */
  double eventsPerSecond() {
    return (seqAtStop - seqAtStart) / (Duration.between(started, stopped).toMillis() / 1000.0);
  }

  Latencies feedLag() {
    return feedLag;
  }

  Latencies kafkaLag() {
    return kafkaLag;
  }

  private void record(Latencies lags, JsonNode event, Instant seen) {
    Instant committed = Instant.parse(event.get("time").asText());
    if (!committed.isBefore(from) && committed.isBefore(to)) {
      synchronized (lags) {
        lags.add(Duration.between(committed, seen).toNanos());
      }
    }
  }

  private void followFeed(int port, long after) {
    HttpClient http = HttpClient.newHttpClient();
    long cursor = after;
    while (running) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/api/v1/events?limit=1000&wait=5&after="
                                + cursor))
                    .header("Authorization", "Bearer " + Http.TOKEN)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Instant seen = Instant.now();
        JsonNode page = JSON.readTree(r.body());
        for (JsonNode e : page.get("events")) {
          record(feedLag, e, seen);
        }
        cursor = page.get("next").asLong();
        lastSeq = cursor;
      } catch (Exception e) {
        if (running) {
          sleep();
        }
      }
    }
  }

  private void followKafka(String bootstrapServers) {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class.getName()))) {
      List<TopicPartition> partitions = List.of();
      while (running && partitions.isEmpty()) {
        partitions =
            consumer.partitionsFor("wms.inventory.events", Duration.ofSeconds(5)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      while (running) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          record(kafkaLag, JSON.readTree(r.value()), Instant.now());
        }
      }
    } catch (Exception e) {
      if (running) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    feed.join(10_000);
    kafka.join(10_000);
  }
}
