package io.cloudflux.sync.scan;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.clouds.CloudAccounts;
import io.cloudflux.sync.drift.DriftFindings;
import io.cloudflux.sync.drift.Reconciler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScanProperties.class)
class ScanConfiguration {

    @Bean
    ScanRuns scanRuns(JdbcTemplate jdbc, Clock clock, ScanProperties properties) {
        return new ScanRuns(jdbc, clock, properties);
    }

    /** Fetches the next page of each running scan while the current one is written. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService scanListing() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scan-listing-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    ScanService scanService(ScanRuns runs, CatalogStore catalog, DriftFindings findings, CloudAccounts accounts,
            Reconciler reconciler, TransactionTemplate transactions, ExecutorService scanListing,
            ScanProperties properties, Clock clock) {
        Scanner scanner = new Scanner(new PageProcessor(catalog, findings), runs,
                new Sweep(catalog, findings, runs, transactions), transactions, scanListing, clock);
        return new ScanService(runs, scanner, accounts, reconciler, properties, clock);
    }
}
