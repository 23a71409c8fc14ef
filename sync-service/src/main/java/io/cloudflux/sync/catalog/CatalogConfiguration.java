package io.cloudflux.sync.catalog;

import java.time.Clock;

import io.cloudflux.sync.outbox.Outbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    CatalogStore catalogStore(JdbcTemplate jdbc, Outbox outbox, Clock clock) {
        return new CatalogStore(jdbc, outbox, clock);
    }

    @Bean
    LocationSwitcher locationSwitcher(JdbcTemplate jdbc, CatalogStore store, Outbox outbox, Clock clock) {
        return new LocationSwitcher(jdbc, store, outbox, clock);
    }

    @Bean
    CatalogSearch catalogSearch(JdbcTemplate jdbc) {
        return new CatalogSearch(jdbc);
    }
}
