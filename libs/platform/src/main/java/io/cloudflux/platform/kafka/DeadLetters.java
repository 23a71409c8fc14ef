package io.cloudflux.platform.kafka;

import io.cloudflux.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends a record that could not be processed to its topic's {@code .DLT} twin, on the same partition, and counts it
 * as {@code cloudflux.kafka.dead.letters} tagged with the source topic.
 */
final class DeadLetters implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer publisher;
    private final MeterRegistry meters;

    DeadLetters(KafkaOperations<?, ?> template, MeterRegistry meters) {
        this.publisher = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        this.meters = meters;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        log.warn("Dead-lettering record topic={} partition={} offset={} key={}: {}", record.topic(),
                record.partition(), record.offset(), record.key(), rootMessage(exception));
        publisher.accept(record, exception);
        Counter.builder("cloudflux.kafka.dead.letters")
                .description("Records sent to a dead-letter topic because they could not be processed")
                .tag("topic", record.topic())
                .register(meters)
                .increment();
    }

    private static String rootMessage(Throwable exception) {
        Throwable t = exception;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
