package io.cloudflux.launcher;

import java.net.URI;

/** The Redis the demo uses: {@code CLOUDFLUX_REDIS_URL} when set, else 127.0.0.1:6379, which must answer. */
final class LocalRedis {

    private LocalRedis() {
    }

    static String find() {
        String configured = System.getenv("CLOUDFLUX_REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            URI uri = URI.create(configured);
            int port = uri.getPort() < 0 ? 6379 : uri.getPort();
            require(uri.getHost(), port, "CLOUDFLUX_REDIS_URL " + configured);
            return configured;
        }
        require("127.0.0.1", 6379, "127.0.0.1:6379");
        return "redis://127.0.0.1:6379";
    }

    private static void require(String host, int port, String where) {
        if (!LocalPostgres.answers(host, port)) {
            throw new IllegalStateException("CloudFlux needs Redis and nothing answers on " + where + ". Start one: "
                    + "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" (Debian: apt-get install "
                    + "redis-server), or set CLOUDFLUX_REDIS_URL=redis://host:port.");
        }
    }
}
