package io.cloudflux.launcher;

import java.util.List;
import java.util.function.Supplier;

import io.cloudflux.classifier.ClassifierApplication;
import io.cloudflux.cost.CostApplication;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.migration.MigrationApplication;
import io.cloudflux.predictor.PredictorApplication;
import io.cloudflux.sync.SyncApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** One service the launcher starts: its name, its usual port and the builder it runs with when alone. */
record ServiceDefinition(String name, int port, Supplier<SpringApplicationBuilder> builder) {

    /** Every service, the gateway last so that it finds the others up. */
    static List<ServiceDefinition> all() {
        return List.of(
                new ServiceDefinition(ClassifierApplication.NAME, 8081, ClassifierApplication::builder),
                new ServiceDefinition(PredictorApplication.NAME, 8082, PredictorApplication::builder),
                new ServiceDefinition(CostApplication.NAME, 8083, CostApplication::builder),
                new ServiceDefinition(MigrationApplication.NAME, 8084, MigrationApplication::builder),
                sync(),
                gateway());
    }

    static ServiceDefinition sync() {
        return new ServiceDefinition(SyncApplication.NAME, 8085, SyncApplication::builder);
    }

    static ServiceDefinition gateway() {
        return new ServiceDefinition(GatewayApplication.NAME, 8080, GatewayApplication::builder);
    }

    boolean isGateway() {
        return GatewayApplication.NAME.equals(name);
    }
}
