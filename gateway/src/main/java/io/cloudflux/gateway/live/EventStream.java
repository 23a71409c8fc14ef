package io.cloudflux.gateway.live;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One event stream's destination: the events of its topic, coalesced to the latest per identity, published as
 * {@code {"items":[…],"dropped":N}} at the pace its {@link Coalescer} allows, and only when something arrived.
 */
final class EventStream implements RecordSink {

    private static final Logger log = LoggerFactory.getLogger(EventStream.class);

    private final String name;
    private final @Nullable String keyField;
    private final Coalescer<JsonNode> coalescer;
    private final ScheduledExecutorService scheduler;
    private final LiveBroadcast broadcast;
    private final Counter coalescedAway;

    EventStream(String name, LiveProperties.Stream settings, Coalescer<JsonNode> coalescer,
            ScheduledExecutorService scheduler, LiveBroadcast broadcast, MeterRegistry meters) {
        this.name = name;
        this.keyField = settings.keyField();
        this.coalescer = coalescer;
        this.scheduler = scheduler;
        this.broadcast = broadcast;
        this.coalescedAway = meters.counter("cloudflux.gateway.live.coalesced", "stream", name);
    }

    @Override
    public String stream() {
        return name;
    }

    @Override
    public void accept(ConsumerRecord<String, String> record, JsonNode value) {
        coalescer.offer(identity(record, value), value)
                .ifPresent(delay -> scheduler.schedule(this::flush, delay.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** The configured field of the event when it has one, else the record key (the objectId), else the record itself. */
    private String identity(ConsumerRecord<String, String> record, JsonNode value) {
        JsonNode field = keyField == null ? null : value.get(keyField);
        if (field != null && field.isValueNode() && !field.isNull()) {
            return field.asString();
        }
        if (record.key() != null) {
            return record.key();
        }
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private void flush() {
        try {
            coalescer.flush().ifPresent(batch -> {
                coalescedAway.increment(batch.dropped());
                broadcast.publish(name, batch.at(), new Items(batch.items(), batch.dropped()));
            });
        }
        catch (RuntimeException e) {
            // A failed publish loses one message of a view; the next records start the next one.
            log.warn("Could not publish the {} stream", name, e);
        }
    }

    /** The {@code data} of an event-stream message. */
    record Items(List<JsonNode> items, long dropped) {
    }
}
