package com.wms.events.relay;

import com.wms.events.EventSink;
import com.wms.events.EventStream;
import com.wms.events.PublishedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Ships a stream to its Kafka topic in CloudEvents' structured mode (the event's JSON as the value,
 * {@code content-type: application/cloudevents+json}), keyed by the event's subject (SKU or order
 * id), so one key's events stay in one partition in order. The producer is idempotent with {@code
 * acks=all}: its own retries never duplicate or reorder; a new holder after a crash resends from
 * the cursor, which a consumer recognises by the repeated ids.
 */
final class KafkaSink implements EventSink {
  private static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

  private final EventStream stream;
  private final Properties config;
  private KafkaProducer<String, String> producer;
  private boolean topicChecked;

  KafkaSink(EventStream stream, String bootstrapServers, String propertiesFile) {
    this.stream = stream;
    this.config = config(bootstrapServers, propertiesFile);
  }

  @Override
  public String name() {
    return "kafka:" + stream.name();
  }

  @Override
  public String stream() {
    return stream.name();
  }

  @Override
  public void deliver(List<PublishedEvent> events) throws Exception {
    try {
      ensureTopic();
      if (producer == null) {
        producer = new KafkaProducer<>(config);
      }
      List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
      for (PublishedEvent e : events) {
        ProducerRecord<String, String> record =
            new ProducerRecord<>(stream.kafkaTopic(), e.subject(), e.body());
        record
            .headers()
            .add(new RecordHeader("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        sent.add(producer.send(record));
      }
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        f.get();
      }
    } catch (ExecutionException | RuntimeException e) {
      // A fresh producer (new idempotence session) resends the whole batch from the cursor.
      close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(5));
      producer = null;
    }
  }

  private void ensureTopic() throws InterruptedException, ExecutionException {
    if (topicChecked) {
      return;
    }
    try (Admin admin = Admin.create(config)) {
      admin
          .createTopics(
              List.of(new NewTopic(stream.kafkaTopic(), Optional.empty(), Optional.empty())))
          .all()
          .get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    topicChecked = true;
  }

  private static Properties config(String bootstrapServers, String propertiesFile) {
    Properties p = new Properties();
    if (propertiesFile != null && !propertiesFile.isBlank()) {
      try (InputStream in = Files.newInputStream(Path.of(propertiesFile))) {
        p.load(in);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "WMS_KAFKA_PROPERTIES_FILE " + propertiesFile + " cannot be read: " + e, e);
      }
    }
    p.putAll(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
            ProducerConfig.LINGER_MS_CONFIG, "5",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.CLIENT_ID_CONFIG, "wms-events"));
    return p;
  }
}
