package io.cloudflux.sync.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.cloudflux.events.CloudFluxEvent;
import io.cloudflux.events.EventJson;
import io.cloudflux.events.TopicSpec;
import io.cloudflux.events.Topics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the catalog's changes are announced: events written in the transaction of the change they announce, so that
 * the tables and the topics never disagree; {@link OutboxRelay} publishes them afterwards, in order.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends the events, in order, each to the topic its type belongs on, keyed by its objectId. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<? extends CloudFluxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String[] topics = new String[events.size()];
        String[] keys = new String[events.size()];
        String[] payloads = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            CloudFluxEvent event = events.get(i);
            topics[i] = topicOf(event);
            keys[i] = event.key();
            payloads[i] = EventJson.toJson(event);
        }
        // One statement per batch: unnest keeps the array order, and bigserial numbers the rows in it.
        jdbc.update("insert into outbox (topic, message_key, payload, created_at) "
                + "select t, k, p, ? from unnest(?::text[], ?::text[], ?::text[]) with ordinality as u(t, k, p, n) "
                + "order by n", Timestamp.from(clock.instant()), topics, keys, payloads);
    }

    /** Appends one event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(CloudFluxEvent event) {
        append(List.of(event));
    }

    static String topicOf(CloudFluxEvent event) {
        return Topics.all().stream()
                .filter(spec -> spec.valueType().isInstance(event))
                .map(TopicSpec::name)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(event.getClass().getSimpleName() + " has no topic"));
    }
}
