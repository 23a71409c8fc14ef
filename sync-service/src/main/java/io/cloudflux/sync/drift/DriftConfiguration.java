package io.cloudflux.sync.drift;

import java.time.Clock;

import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.catalog.LocationSwitcher;
import io.cloudflux.sync.clouds.CloudAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DriftProperties.class)
class DriftConfiguration {

    @Bean
    DriftFindings driftFindings(JdbcTemplate jdbc, Clock clock) {
        return new DriftFindings(jdbc, clock);
    }

    @Bean
    Reconciler reconciler(JdbcTemplate jdbc, CatalogStore catalog, LocationSwitcher switcher, DriftFindings findings,
            CloudAccounts accounts, TransactionTemplate transactions, DriftProperties properties) {
        return new Reconciler(new ChecksumSampler(jdbc, catalog, findings, transactions, properties),
                new Repairs(catalog, switcher, findings, accounts, transactions), findings, catalog, accounts,
                transactions, properties);
    }
}
