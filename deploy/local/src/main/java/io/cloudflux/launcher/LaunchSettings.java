package io.cloudflux.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the launcher keeps its data and which ports it takes.
 *
 * @param databaseUrl   the JDBC URL of the database to use, or null to find one (see {@link LocalPostgres})
 * @param s3MockPort    S3Mock's port on 127.0.0.1
 * @param azuritePort   Azurite's blob service port on 127.0.0.1
 * @param estateObjects objects in the demo's estate, across the three clouds
 * @param servicePorts  a port per service name; a service missing here keeps its usual port
 */
record LaunchSettings(Path dataDir, String databaseUrl, int kafkaPort, int kafkaControllerPort, int s3MockPort,
        int azuritePort, int estateObjects, Map<String, Integer> servicePorts) {

    /** The demo's estate: about 20,000 objects, as a real account's worth of keys to look at. */
    static final int ESTATE_OBJECTS = 20_000;

    LaunchSettings {
        servicePorts = Map.copyOf(servicePorts);
    }

    /**
     * The ports a user expects: Kafka on 9092, the gateway on 8080, the services on 8081 to 8085, S3Mock on 9090 and
     * Azurite on 10000 (its usual blob port).
     */
    static LaunchSettings defaults(Path dataDir) {
        return new LaunchSettings(dataDir, System.getenv("CLOUDFLUX_DATABASE_URL"), 9092, 9093, 9090, 10000,
                ESTATE_OBJECTS, Map.of());
    }

    int portOf(ServiceDefinition service) {
        return servicePorts.getOrDefault(service.name(), service.port());
    }
}
