package io.cloudflux.testsupport;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The Kafka broker of this JVM: {@code KAFKA_BOOTSTRAP_SERVERS} when set, else one in-process KRaft broker started
 * on first use and stopped when the JVM exits.
 */
public final class KafkaServer {

    static final int DEFAULT_PARTITIONS = 12;

    private static volatile String bootstrapServers;

    private KafkaServer() {
    }

    /** The bootstrap servers of the broker, starting the in-process broker if needed. */
    public static String bootstrapServers() {
        String servers = bootstrapServers;
        if (servers == null) {
            synchronized (KafkaServer.class) {
                servers = bootstrapServers;
                if (servers == null) {
                    servers = Settings.get("KAFKA_BOOTSTRAP_SERVERS");
                    if (servers == null) {
                        servers = startEmbedded();
                    }
                    bootstrapServers = servers;
                }
            }
        }
        return servers;
    }

    private static String startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", String.valueOf(DEFAULT_PARTITIONS),
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "4",
                "transaction.state.log.num.partitions", "4"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
        return broker.getBrokersAsString();
    }
}
