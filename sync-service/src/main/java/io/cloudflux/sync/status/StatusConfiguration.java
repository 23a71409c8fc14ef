package io.cloudflux.sync.status;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.cloudflux.sync.clouds.CloudAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatusConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService probeExecutor() {
        return Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bucket-probe");
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    BucketProbe bucketProbe(CloudAccounts accounts, ExecutorService probeExecutor, Clock clock) {
        return new BucketProbe(accounts, probeExecutor, clock);
    }
}
