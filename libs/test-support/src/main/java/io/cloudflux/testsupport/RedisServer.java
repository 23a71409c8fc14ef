package io.cloudflux.testsupport;

import java.net.URI;

import org.testcontainers.containers.GenericContainer;

/**
 * The Redis server of this JVM: {@code CLOUDFLUX_TEST_REDIS_URL} when set, else 127.0.0.1:6379 when it answers,
 * else a Testcontainers server when a Docker engine exists; otherwise a failure that says how to start one.
 */
public final class RedisServer {

    private static volatile String url;

    private RedisServer() {
    }

    /** The {@code redis://} URL of the server. */
    public static String url() {
        String u = url;
        if (u == null) {
            synchronized (RedisServer.class) {
                u = url;
                if (u == null) {
                    u = choose();
                    url = u;
                }
            }
        }
        return u;
    }

    private static String choose() {
        String configured = Settings.get("CLOUDFLUX_TEST_REDIS_URL");
        if (configured != null) {
            URI uri = URI.create(configured);
            if (uri.getHost() == null || !"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
                throw new IllegalStateException("CLOUDFLUX_TEST_REDIS_URL must look like redis://host:port, was "
                        + configured);
            }
            return configured;
        }
        if (Probes.answers("127.0.0.1", 6379)) {
            return "redis://127.0.0.1:6379";
        }
        if (Probes.dockerAvailable()) {
            GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "redis-container-stop"));
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
        throw new IllegalStateException("No Redis for the tests: nothing answers on 127.0.0.1:6379 and no Docker engine "
                + "was found. Start one with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" "
                + "(Debian: apt-get install redis-server), or set CLOUDFLUX_TEST_REDIS_URL=redis://host:port.");
    }

}
