package io.cloudflux.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cloudflux.testsupport.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole dashboard in headless Chromium (dashboard-web/e2e, driven by playwright-core) against the platform started
 * as {@code ./cloudflux demo} starts it, signed in with the demo's keys; the browser test saves a screenshot of every
 * view under docs/screenshots.
 */
class DashboardInBrowserIT {

    static final Path DASHBOARD = Path.of("..", "..", "dashboard-web").toAbsolutePath().normalize();

    @TempDir
    Path dataDir;

    @Test
    void shouldShowEveryViewOfTheDashboardInARealBrowser() throws Exception {
        assertThat(DASHBOARD.resolve("node_modules/playwright-core"))
                .as("dashboard-web's npm dependencies (built by the dashboard-web module: ./mvnw -pl dashboard-web "
                        + "package)")
                .exists();
        assertThat(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .as("headless Chromium (Debian: apt-get install chromium)")
                .exists();
        Map<String, Integer> ports = new HashMap<>();
        for (ServiceDefinition service : ServiceDefinition.all()) {
            ports.put(service.name(), freePort());
        }
        LaunchSettings settings = new LaunchSettings(dataDir,
                PostgresServer.createDatabase("DashboardInBrowserIT").jdbcUrl(), freePort(), freePort(), freePort(),
                freePort(), LocalLauncherIT.ESTATE, ports);
        LocalLauncher launcher = new LocalLauncher(settings);
        try {
            launcher.start();

            Path output = Files.createTempFile("dashboard-e2e", ".log");
            ProcessBuilder e2e = new ProcessBuilder("npm", "run", "e2e").directory(DASHBOARD.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            e2e.environment().put("GATEWAY_URL", "http://127.0.0.1:" + ports.get("gateway"));
            e2e.environment().put("CLOUDFLUX_DEMO_KEYS", launcher.demoKeys().toString());
            Process process = e2e.start();
            boolean finished = process.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);

            assertThat(finished).as("the browser test finished within 5 minutes:%n%s", log).isTrue();
            assertThat(process.exitValue()).as("browser test output:%n%s", log).isZero();
            assertThat(log).contains("# fail 0").doesNotContain("# pass 0");
        }
        finally {
            launcher.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
