package io.cloudflux.sync.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox in id order — so every object's events reach its partition in the order they were written —
 * and deletes rows only once the broker has acknowledged them. A crash between the acknowledgement and the delete
 * publishes those rows again: delivery is at-least-once and consumers deduplicate on eventId. One relay runs at a
 * time across instances (a transaction-scoped advisory lock), since two would interleave an object's events.
 */
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** The relay's advisory lock: "SYNCOUTB" in ASCII. */
    private static final long LOCK = 0x53594E43_4F555442L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, Object> kafka;
    private final OutboxProperties properties;
    private final Counter published;

    OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, Object> kafka,
            OutboxProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.published = Counter.builder("cloudflux.sync.outbox.published")
                .description("Outbox events the broker acknowledged").register(meters);
    }

    /** Publishes one batch; answers how many rows were published and removed. */
    int relayBatch() {
        Integer count = transactions.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                return 0;
            }
            List<Row> rows = jdbc.query("select id, topic, message_key, payload from outbox order by id limit ?",
                    (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    properties.batchSize());
            long lastAcked = publish(rows);
            return lastAcked < 0 ? 0 : jdbc.update("delete from outbox where id <= ?", lastAcked);
        });
        published.increment(count == null ? 0 : count);
        return count == null ? 0 : count;
    }

    /** Sends every row, then waits for the acknowledgements; answers the last id of the acknowledged prefix. */
    private long publish(List<Row> rows) {
        List<CompletableFuture<SendResult<String, Object>>> sends = new ArrayList<>(rows.size());
        for (Row row : rows) {
            sends.add(kafka.send(row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8)));
        }
        kafka.flush();
        long lastAcked = -1;
        for (int i = 0; i < rows.size(); i++) {
            try {
                sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                lastAcked = rows.get(i).id();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            catch (ExecutionException | TimeoutException e) {
                // Later rows stay too, so that a retry keeps each object's events in their order.
                log.warn("Publishing outbox id={} topic={} key={} failed; retrying from it: {}", rows.get(i).id(),
                        rows.get(i).topic(), rows.get(i).key(), e.toString());
                break;
            }
        }
        return lastAcked;
    }

    private record Row(long id, String topic, String key, String payload) {
    }
}
