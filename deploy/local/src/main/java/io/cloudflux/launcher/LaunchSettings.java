package io.cloudflux.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the launcher keeps its data and which ports it takes.
 *
 * @param databaseUrl the JDBC URL of the database to use, or null to find one (see {@link LocalPostgres})
 * @param servicePorts a port per service name; a service missing here keeps its usual port
 */
record LaunchSettings(Path dataDir, String databaseUrl, int kafkaPort, int kafkaControllerPort,
        Map<String, Integer> servicePorts) {

    LaunchSettings {
        servicePorts = Map.copyOf(servicePorts);
    }

    /** The ports a user expects: Kafka on 9092, the gateway on 8080, the services on 8081 to 8085. */
    static LaunchSettings defaults(Path dataDir) {
        return new LaunchSettings(dataDir, System.getenv("CLOUDFLUX_DATABASE_URL"), 9092, 9093, Map.of());
    }

    int portOf(ServiceDefinition service) {
        return servicePorts.getOrDefault(service.name(), service.port());
    }
}
