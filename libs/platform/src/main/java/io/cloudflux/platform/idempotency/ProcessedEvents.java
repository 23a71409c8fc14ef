package io.cloudflux.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of events a service has already acted on, in the service's own schema ({@code processed_event}, created
 * by every service's first migration). Call {@link #firstDelivery} inside the transaction that applies the event's
 * effect: a redelivered event then finds its row and is skipped, and a rolled-back effect leaves no row behind.
 */
public class ProcessedEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ProcessedEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the event as processed; true on its first delivery, false when it was processed before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(UUID eventId, String topic) {
        return jdbc.update("insert into processed_event (event_id, topic, processed_at) values (?, ?, ?) "
                + "on conflict (event_id) do nothing", eventId, topic, Timestamp.from(clock.instant())) == 1;
    }
}
