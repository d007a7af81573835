package com.wms.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic from its beginning, as a consumer that replays it would. */
public final class KafkaTopic {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One record: its partition key, the raw value, and the value parsed. */
  public record Record(String key, String value, JsonNode event) {}

  private KafkaTopic() {}

  /** Every record of {@code topic}, reading until {@code done} holds or {@code timeout} passes. */
  public static List<Record> readAll(
      String bootstrapServers, String topic, Predicate<List<Record>> done, Duration timeout)
      throws Exception {
    List<Record> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000))) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Instant deadline = Instant.now().plus(timeout);
      while (Instant.now().isBefore(deadline) && !done.test(records)) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          records.add(new Record(r.key(), r.value(), JSON.readTree(r.value())));
        }
      }
    }
    return records;
  }

  /** True once every id in {@code ids} has been read. */
  public static Predicate<List<Record>> containsAll(Set<String> ids) {
    return records ->
        records.stream()
            .map(r -> r.event().get("id").asText())
            .collect(java.util.stream.Collectors.toSet())
            .containsAll(ids);
  }
}
