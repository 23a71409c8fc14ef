package io.cloudflux.gateway.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.CommonLoggingErrorHandler;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;

/**
 * One Kafka consumer that reads every partition of the live channel's topics from their ends.
 *
 * <p>Every gateway replica must see every record, so the consumer belongs to no group: it assigns itself all
 * partitions, starts at the end offsets looked up before it starts (anything produced after {@link #start} returns is
 * seen), and never commits. No group means no rebalance delay at start-up and no abandoned groups on the broker
 * after each restart; the price is that partitions added to a topic later are seen only after a restart.
 */
final class LiveKafkaSource {

    private static final Logger log = LoggerFactory.getLogger(LiveKafkaSource.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final Map<String, Object> consumerProperties;
    private final Map<String, Object> adminProperties;
    private final LiveRecords records;
    private final Set<String> topics;
    private KafkaMessageListenerContainer<String, String> container;

    LiveKafkaSource(Map<String, Object> consumerProperties, Map<String, Object> adminProperties, Set<String> topics,
            LiveRecords records) {
        Map<String, Object> consumer = new HashMap<>(consumerProperties);
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-live");
        // Transactional producers (Kafka Streams with exactly_once_v2) may abort: the view shows committed records only.
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerProperties = Map.copyOf(consumer);
        this.adminProperties = Map.copyOf(adminProperties);
        this.topics = Set.copyOf(topics);
        this.records = records;
    }

    void start() {
        List<TopicPartitionOffset> assignment = endsOfPartitions();
        if (assignment.isEmpty()) {
            log.warn("The live channel has no Kafka topic to read (configured: {})", topics);
            return;
        }
        ContainerProperties properties = new ContainerProperties(assignment.toArray(TopicPartitionOffset[]::new));
        properties.setMessageListener(records);
        // With no group there is nothing to commit to; MANUAL without acknowledgements commits nothing.
        properties.setAckMode(ContainerProperties.AckMode.MANUAL);
        DefaultKafkaConsumerFactory<String, String> consumers = new DefaultKafkaConsumerFactory<>(consumerProperties,
                new StringDeserializer(), new StringDeserializer());
        container = new KafkaMessageListenerContainer<>(consumers, properties);
        container.setBeanName("gateway-live");
        // The listener handles its own failures; anything else is logged and the partition moves on.
        container.setCommonErrorHandler(new CommonLoggingErrorHandler());
        container.start();
        log.info("The live channel reads {} partitions of {}", assignment.size(), topics);
    }

    void stop() {
        if (container != null) {
            container.stop();
        }
    }

    private List<TopicPartitionOffset> endsOfPartitions() {
        try (Admin admin = Admin.create(adminProperties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                partitions.addAll(partitionsOf(admin, topic));
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return partitions.stream()
                    .map(p -> new TopicPartitionOffset(p.topic(), p.partition(), ends.get(p).offset()))
                    .toList();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking up the live channel's partitions", e);
        }
        catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not look up the end offsets of " + topics, e);
        }
    }

    /** The topic's partitions, or none (with a warning) when it does not exist: its stream then has no source. */
    private static List<TopicPartition> partitionsOf(Admin admin, String topic)
            throws InterruptedException, TimeoutException {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic);
            return description.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        }
        catch (ExecutionException e) {
            log.warn("The live channel cannot read topic {}: {}", topic, e.getCause().getMessage());
            return List.of();
        }
    }
}
