package io.cloudflux.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens the dashboard the gateway serves in headless Chromium (dashboard-web/e2e, driven by playwright-core) and
 * checks it shows what the API reports.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + GatewayApplication.NAME)
class DashboardInBrowserIT {

    static final Path DASHBOARD = Path.of("..", "dashboard-web").toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @Test
    void shouldShowEveryServiceOfThePlatformStatusInARealBrowser() throws Exception {
        assertThat(DASHBOARD.resolve("node_modules/playwright-core"))
                .as("dashboard-web's npm dependencies (built by the dashboard-web module: ./mvnw -pl dashboard-web "
                        + "package)")
                .exists();
        assertThat(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .as("headless Chromium (Debian: apt-get install chromium)")
                .exists();

        Path output = Files.createTempFile("dashboard-e2e", ".log");
        ProcessBuilder e2e = new ProcessBuilder("npm", "run", "e2e").directory(DASHBOARD.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        e2e.environment().put("GATEWAY_URL", "http://127.0.0.1:" + port);
        Process process = e2e.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = read(output);

        assertThat(finished).as("the browser test finished within 3 minutes:%n%s", log).isTrue();
        assertThat(process.exitValue()).as("browser test output:%n%s", log).isZero();
        assertThat(log).contains("# pass 1").contains("# fail 0");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
