package io.cloudflux.gateway.live;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

/** The {@code access-rate} stream: counts access events as they arrive and publishes each window when it closes. */
final class AccessRateStream implements RecordSink {

    private final AccessRateWindow window;
    private final LiveBroadcast broadcast;
    private final Clock clock;

    AccessRateStream(LiveBroadcast broadcast, Clock clock) {
        this.broadcast = broadcast;
        this.clock = clock;
        this.window = new AccessRateWindow(clock.instant());
    }

    @Override
    public String stream() {
        return LiveProperties.ACCESS_RATE;
    }

    @Override
    public void accept(ConsumerRecord<String, String> record, JsonNode value) {
        JsonNode operation = value.get("operation");
        window.count(operation == null || !operation.isString() ? null : operation.asString(),
                value.path("bytes").asLong(0));
    }

    /** Closes the current window and publishes it, zero or not. */
    void tick() {
        broadcast.publish(LiveProperties.ACCESS_RATE, window.close(clock.instant()));
    }
}
