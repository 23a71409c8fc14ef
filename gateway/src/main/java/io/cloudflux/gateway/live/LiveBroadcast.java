package io.cloudflux.gateway.live;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes one message of a stream: wraps its data in the envelope {@code {"stream","at","data"}}, hands it to the
 * broker for {@code /topic/<stream>} (which fans it out to every subscriber) and keeps it in the history.
 */
@Component
class LiveBroadcast {

    static final String TOPIC_PREFIX = "/topic/";

    private static final Logger log = LoggerFactory.getLogger(LiveBroadcast.class);

    private final SimpMessagingTemplate broker;
    private final LiveHistory history;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final Clock clock;

    LiveBroadcast(SimpMessagingTemplate broker, LiveHistory history, JsonMapper json, MeterRegistry meters,
            ObjectProvider<Clock> clock) {
        this.broker = broker;
        this.history = history;
        this.json = json;
        this.meters = meters;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    void publish(String stream, Object data) {
        publish(stream, clock.instant(), data);
    }

    /** Publishes {@code data} as of {@code at}, the envelope's time. */
    void publish(String stream, Instant at, Object data) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("stream", stream);
        envelope.put("at", at.toString());
        envelope.set("data", data instanceof JsonNode node ? node : json.valueToTree(data));
        String text = json.writeValueAsString(envelope);

        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        String destination = TOPIC_PREFIX + stream;
        broker.send(destination, MessageBuilder.createMessage(text.getBytes(StandardCharsets.UTF_8),
                headers.getMessageHeaders()));
        meters.counter("cloudflux.gateway.live.messages", "destination", destination).increment();
        try {
            history.append(stream, at, text);
        }
        catch (DataAccessException e) {
            // The history is a convenience for late joiners; the live message has gone out regardless.
            log.warn("Could not keep the {} message of {} in the Redis history: {}", stream, at, e.getMessage());
        }
    }
}
