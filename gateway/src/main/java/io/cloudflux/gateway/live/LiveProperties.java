package io.cloudflux.gateway.live;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;
import org.springframework.validation.annotation.Validated;

/**
 * The live channel's streams and pace. Each event stream is published on {@code /topic/<name>}; {@code access-rate}
 * and {@code health} are published on theirs as well, from the sources below.
 *
 * @param streams the event streams by name; one without a topic is subscribable but has no source yet
 * @param flush how often one event-stream destination may publish, and how much
 * @param accessRate the topic of access events and the window of each access-rate message
 * @param health how often the platform status is published
 * @param history what a late joiner receives from Redis
 * @param allowedOrigins origins whose pages may open {@code /ws}; credentials travel in the CONNECT frame, never in a
 *     cookie, so another origin's page gains nothing without a key of its own
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux.gateway.live")
record LiveProperties(
        @NotNull Map<String, @Valid @NotNull Stream> streams,
        @Valid @NotNull @DefaultValue Flush flush,
        @Valid @NotNull @DefaultValue AccessRate accessRate,
        @Valid @NotNull @DefaultValue Health health,
        @Valid @NotNull @DefaultValue History history,
        @NotNull @DefaultValue("*") String[] allowedOrigins) {

    static final String ACCESS_RATE = "access-rate";
    static final String HEALTH = "health";

    LiveProperties {
        streams = streams == null ? Map.of() : Map.copyOf(streams);
        if (streams.containsKey(ACCESS_RATE) || streams.containsKey(HEALTH)) {
            throw new IllegalArgumentException("'" + ACCESS_RATE + "' and '" + HEALTH
                    + "' are built-in streams, not event streams");
        }
    }

    /** Every stream a client may subscribe to: the event streams, {@code access-rate} and {@code health}. */
    Set<String> streamNames() {
        Set<String> names = new TreeSet<>(streams.keySet());
        names.add(ACCESS_RATE);
        names.add(HEALTH);
        return names;
    }

    /**
     * One event stream.
     *
     * @param topic the Kafka topic it forwards, or blank for none yet
     * @param keyField a field of the event JSON whose value identifies what the event is about (e.g. {@code jobId});
     *     only the latest event per identity is kept within one message; events without it fall back to the record key
     */
    record Stream(@Nullable String topic, @Nullable String keyField) {

        boolean hasSource() {
            return topic != null && !topic.isBlank();
        }
    }

    /**
     * @param interval the least time between two messages on one event-stream destination
     * @param maxItems the most items in one message; older ones over the cap are counted as dropped
     */
    record Flush(@DefaultValue("250ms") @NotNull Duration interval, @DefaultValue("100") @Min(1) int maxItems) {
    }

    /**
     * @param topic the topic of access events
     * @param window the length of one access-rate window; a message is published at the end of each, even an empty one
     */
    record AccessRate(@DefaultValue("cloudflux.access-events") @NotBlank String topic,
            @DefaultValue("1s") @NotNull Duration window) {
    }

    /** @param interval how often the platform status is checked and published */
    record Health(@DefaultValue("5s") @NotNull Duration interval) {
    }

    /**
     * @param age how far back a late joiner's history reaches
     * @param maxMessages the most messages kept per stream, whatever their age
     * @param replica names this gateway's history in Redis: each replica keeps what it sent itself, so a late joiner
     *     receives exactly what its replica published; give a stable name (e.g. a StatefulSet pod's) to keep the history
     *     across a restart
     */
    record History(@DefaultValue("5m") @NotNull Duration age, @DefaultValue("1000") @Min(1) @Max(100_000) int maxMessages,
            @Nullable String replica) {

        History {
            replica = replica == null || replica.isBlank() ? UUID.randomUUID().toString() : replica;
        }
    }
}
