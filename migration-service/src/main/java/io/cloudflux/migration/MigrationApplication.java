package io.cloudflux.migration;

import io.cloudflux.platform.boot.CloudFluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Verified copy and move jobs between storage classes and clouds, never losing a byte. */
@SpringBootApplication
public class MigrationApplication {

    /** The service's name: its {@code spring.application.name} and the base name of its configuration file. */
    public static final String NAME = "migration-service";

    /** Builds the service exactly as it runs alone; the local launcher starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return CloudFluxApplication.builder(MigrationApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
