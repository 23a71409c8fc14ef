package io.cloudflux.launcher;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node KRaft Kafka broker (broker and controller in one) running in this JVM, its log under a data folder
 * so that a restart keeps every topic and offset.
 */
final class LocalKafka implements AutoCloseable {

    private static final String CONTROLLER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private LocalKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static LocalKafka start(Path dataDir, int port, int controllerPort, int partitions) throws Exception {
        Files.createDirectories(dataDir);
        String logDir = dataDir.toAbsolutePath().toString();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", CONTROLLER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        props.put("log.dirs", logDir);
        props.put("num.partitions", String.valueOf(partitions));
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "12");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Topics are declared by the services with their retention; a typo must not create a new one.
        props.put("auto.create.topics.enable", "false");
        KafkaConfig config = KafkaConfig.fromProps(props, false);

        if (Files.notExists(dataDir.resolve("meta.properties"))) {
            new Formatter()
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER)
                    .setMetadataLogDirectory(logDir)
                    .addDirectory(logDir)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new LocalKafka(server, "127.0.0.1:" + port);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
