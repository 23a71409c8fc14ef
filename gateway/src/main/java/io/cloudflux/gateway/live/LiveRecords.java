package io.cloudflux.gateway.live;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads each record's value as JSON once and hands it to the sinks of its topic. A value that is not JSON is counted
 * and skipped: the live channel is a view, and dead-lettering belongs to the services that own the topics. A
 * tombstone (null value) of a compacted topic announces a deletion, not an event, and is skipped uncounted.
 */
final class LiveRecords implements MessageListener<String, String> {

    private static final Logger log = LoggerFactory.getLogger(LiveRecords.class);

    private final Map<String, List<RecordSink>> sinksByTopic;
    private final JsonMapper json;
    private final Map<RecordSink, Counter> consumed;
    private final Map<RecordSink, Counter> invalid;

    LiveRecords(Map<String, List<RecordSink>> sinksByTopic, JsonMapper json, MeterRegistry meters) {
        this.sinksByTopic = Map.copyOf(sinksByTopic);
        this.json = json;
        List<RecordSink> sinks = sinksByTopic.values().stream().flatMap(List::stream).toList();
        this.consumed = counters(sinks, s -> meters.counter("cloudflux.gateway.live.records", "stream", s.stream()));
        this.invalid = counters(sinks,
                s -> meters.counter("cloudflux.gateway.live.records.invalid", "stream", s.stream()));
    }

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        List<RecordSink> sinks = sinksByTopic.getOrDefault(record.topic(), List.of());
        sinks.forEach(sink -> consumed.get(sink).increment());
        if (record.value() == null) {
            return;
        }
        JsonNode value;
        try {
            value = json.readTree(record.value());
        }
        catch (JacksonException e) {
            sinks.forEach(sink -> invalid.get(sink).increment());
            log.debug("Skipping a value that is not JSON at {}-{}@{} (key {})", record.topic(), record.partition(),
                    record.offset(), record.key());
            return;
        }
        if (value == null || !value.isObject()) {
            sinks.forEach(sink -> invalid.get(sink).increment());
            return;
        }
        sinks.forEach(sink -> sink.accept(record, value));
    }

    private static Map<RecordSink, Counter> counters(List<RecordSink> sinks, Function<RecordSink, Counter> counter) {
        return sinks.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), counter));
    }
}
