package com.wms.app.replicas;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main class of {@link KafkaBroker}'s JVM: a single-node KRaft Kafka (broker and controller)
 * with its log in {@code dir}, formatted on first start and recovered on the next.
 *
 * <p>Arguments: {@code dir port controllerPort}.
 */
final class KafkaBrokerMain {
  private KafkaBrokerMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String port = args[1];
    String controllerPort = args[2];
    Path config = dir.resolve("server.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            "log.dirs=" + dir.resolve("logs"),
            "num.partitions=3",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=3",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "auto.create.topics.enable=true",
            ""),
        StandardCharsets.UTF_8);
    if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
      int formatted =
          kafka.tools.StorageTool.execute(
              new String[] {"format", "-t", "wms-test-cluster-0001", "-c", config.toString()},
              new PrintStream(System.out, true, StandardCharsets.UTF_8));
      if (formatted != 0) {
        throw new IllegalStateException("kafka-storage format exited with " + formatted);
      }
    }
    kafka.Kafka.main(new String[] {config.toString()});
  }
}
