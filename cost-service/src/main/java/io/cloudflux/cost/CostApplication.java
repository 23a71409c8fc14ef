package io.cloudflux.cost;

import io.cloudflux.platform.boot.CloudFluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The price catalog service, placement decisions, the savings ledger and the what-if simulator. */
@SpringBootApplication
public class CostApplication {

    /** The service's name: its {@code spring.application.name} and the base name of its configuration file. */
    public static final String NAME = "cost-service";

    /** Builds the service exactly as it runs alone; the local launcher starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return CloudFluxApplication.builder(CostApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
