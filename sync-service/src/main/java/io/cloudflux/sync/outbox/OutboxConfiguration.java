package io.cloudflux.sync.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

    @Bean
    Outbox outbox(JdbcTemplate jdbc, Clock clock) {
        return new Outbox(jdbc, clock);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, Object> kafka,
            OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(jdbc, transactions, kafka, properties, meters);
    }

    @Bean
    OutboxRelayLoop outboxRelayLoop(OutboxRelay relay, OutboxProperties properties) {
        return new OutboxRelayLoop(relay, properties);
    }
}
