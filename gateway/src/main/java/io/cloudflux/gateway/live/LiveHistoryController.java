package io.cloudflux.gateway.live;

import java.util.List;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a SUBSCRIBE to {@code /app/history/<stream>} once, with the envelopes the stream published in the last
 * minutes, oldest first ({@code []} when there were none). Only known streams get here: the
 * {@link StompAccessInterceptor} refuses the others with an ERROR frame.
 */
@Controller
class LiveHistoryController {

    private final LiveHistory history;
    private final JsonMapper json;

    LiveHistoryController(LiveHistory history, JsonMapper json) {
        this.history = history;
        this.json = json;
    }

    @SubscribeMapping("/history/{stream}")
    List<JsonNode> history(@DestinationVariable String stream) {
        return history.recent(stream).stream().map(json::readTree).toList();
    }
}
