package io.cloudflux.sync;

import java.time.Clock;

import io.cloudflux.platform.boot.CloudFluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/** The object catalog: inventory scans, drift detection and reconciliation. */
@SpringBootApplication
public class SyncApplication {

    /** The service's name: its {@code spring.application.name} and the base name of its configuration file. */
    public static final String NAME = "sync-service";

    /** Builds the service exactly as it runs alone; the local launcher starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return CloudFluxApplication.builder(SyncApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }

    /** Scans, leases and findings are wall-clock work; tests replace the clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
