package io.cloudflux.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.google.cloud.storage.Storage;
import io.cloudflux.launcher.clouds.DemoClouds;
import io.cloudflux.launcher.estate.DemoEstate;
import io.cloudflux.launcher.estate.EstateLoader;
import io.cloudflux.launcher.estate.EstateLoader.EstateReport;
import io.cloudflux.sync.SyncApplication;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./cloudflux demo}: starts a Kafka broker in this JVM, finds PostgreSQL and Redis, starts three emulated
 * clouds holding the demo's estate, then every service, each in its own Spring context configured exactly as when it
 * runs alone, and keeps them up until Ctrl-C.
 */
public final class LocalLauncher {

    /** How often the sync-service scans each demo bucket in full on its own, after the scans that follow seeding. */
    private static final Duration SCAN_EVERY = Duration.ofMinutes(30);
    private static final Duration SCAN_PATIENCE = Duration.ofMinutes(30);

    /**
     * The gateway brings Spring Security onto the one classpath; the other services run without it when alone (the
     * gateway is the door, their internal APIs are open to it), so its auto-configuration is left out of their
     * contexts here too.
     */
    private static final List<String> GATEWAY_ONLY_SECURITY = List.of(
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet."
                    + "OAuth2ResourceServerAutoConfiguration");

    private final LaunchSettings settings;
    private final Path dataDir;
    private final List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopping;
    private volatile CompletableFuture<EstateReport> estate;

    LocalLauncher(LaunchSettings settings) {
        this.settings = settings;
        this.dataDir = settings.dataDir();
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "demo" : args[0];
        if (!"demo".equals(command)) {
            System.err.println("usage: LocalLauncher demo");
            System.exit(2);
        }
        quietenBootstrapLogging();
        Path dataDir = Path.of(System.getProperty("cloudflux.data-dir", ".cloudflux")).toAbsolutePath().normalize();
        LocalLauncher launcher = new LocalLauncher(LaunchSettings.defaults(dataDir));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            stopped.countDown();
        }, "cloudflux-stop"));
        try {
            launcher.start();
        }
        catch (Exception e) {
            System.err.println();
            System.err.println("CloudFlux did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    void start() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(dataDir.resolve("logs"));
        say("CloudFlux local platform, data in " + dataDir);

        String redis = LocalRedis.find();
        say("  Redis       " + redis);
        LocalPostgres postgres = LocalPostgres.findOrStart(settings.databaseUrl(), dataDir.resolve("postgres"));
        running.add(postgres);
        say("  PostgreSQL  " + postgres.description() + ", database " + LocalPostgres.DATABASE);
        requireFree(settings.kafkaPort(), "Kafka");
        requireFree(settings.kafkaControllerPort(), "the Kafka controller");
        LocalKafka kafka = LocalKafka.start(dataDir.resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort(), 12);
        running.add(kafka);
        say("  Kafka       " + kafka.bootstrapServers() + " (KRaft, in this JVM)");
        requireFree(settings.s3MockPort(), "S3Mock");
        requireFree(settings.azuritePort(), "Azurite");
        DemoClouds clouds = DemoClouds.start(dataDir, settings.s3MockPort(), settings.azuritePort(),
                DemoEstate.ACCOUNTS);
        running.add(clouds);
        say("  S3Mock      " + clouds.s3Endpoint() + " (data in " + dataDir.resolve("s3mock") + ")");
        say("  Azurite     " + clouds.azuriteEndpoint() + " (data in " + dataDir.resolve("azurite") + ")");
        EstateLoader loader = new EstateLoader(settings.estateObjects(), dataDir, clouds::adapter, this::tell);
        say(String.format(Locale.ROOT, "  GCS         in memory, in this JVM (%,d objects seeded)",
                loader.seedInMemory()));

        List<String> common = List.of(
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.data.redis.url=" + redis,
                // Six services share one console: it shows warnings, the full JSON log goes to a file.
                "--logging.threshold.console=WARN",
                "--logging.file.name=" + dataDir.resolve("logs/cloudflux.log"),
                "--logging.structured.format.file=ecs",
                // Logging is one per JVM: naming a single service would mislabel the other five's lines.
                "--logging.structured.ecs.service.name=cloudflux-local",
                "--logging.level.org.apache.kafka=WARN",
                "--logging.level.kafka=WARN",
                // The launcher stops the services itself, before the broker they talk to.
                "--spring.main.register-shutdown-hook=false",
                "--spring.main.banner-mode=off");
        for (ServiceDefinition service : ServiceDefinition.all()) {
            int port = settings.portOf(service);
            requireFree(port, service.name());
            List<String> args = new ArrayList<>(common);
            args.add("--server.port=" + port);
            if (service.isGateway()) {
                args.add("--cloudflux.gateway.security.demo-keys.enabled=true");
                args.add("--cloudflux.gateway.security.demo-keys.file=" + demoKeys());
                // The dashboard's development server (npm run dev) calls the API from its own origin.
                args.add("--cloudflux.gateway.security.cors.allowed-origins=http://localhost:5173");
                for (ServiceDefinition other : ServiceDefinition.all()) {
                    if (!other.isGateway()) {
                        args.add("--cloudflux.gateway.platform.services." + other.name() + "=http://127.0.0.1:"
                                + settings.portOf(other));
                    }
                }
            }
            else {
                args.add("--spring.autoconfigure.exclude=" + String.join(",", GATEWAY_ONLY_SECURITY));
            }
            SpringApplicationBuilder builder = service.builder().get();
            if (SyncApplication.NAME.equals(service.name())) {
                args.addAll(clouds.syncArguments(SCAN_EVERY));
                Storage gcs = clouds.gcs();
                builder.initializers(context -> context.getBeanFactory().registerSingleton("demoGcs", gcs));
            }
            long t = System.nanoTime();
            ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
            running.add(context::close);
            say(String.format(Locale.ROOT, "  %-18s http://localhost:%d  (%.1f s)", service.name(), port,
                    seconds(System.nanoTime() - t)));
        }
        String gateway = "http://localhost:" + settings.portOf(ServiceDefinition.gateway());
        say("");
        say(String.format(Locale.ROOT, "CloudFlux is up in %.1f s.", seconds(System.nanoTime() - started)));
        say("  Dashboard   " + gateway);
        say("  API docs    " + gateway + "/swagger-ui.html");
        say("  Status      " + gateway + "/api/v1/platform/status");
        say("  API keys    " + demoKeys() + " (one per role; send as X-Api-Key)");
        say("  Logs        " + dataDir.resolve("logs/cloudflux.log"));
        say("Press Ctrl-C to stop.");
        estate = loader.loadInBackground("http://127.0.0.1:" + settings.portOf(ServiceDefinition.sync()),
                SCAN_PATIENCE);
    }

    /** The estate's loading, started once every service is up: seeding (first start only), then full scans. */
    CompletableFuture<EstateReport> estate() {
        return estate;
    }

    /** Where the gateway writes the demo's API keys, one per role. */
    Path demoKeys() {
        return dataDir.resolve("demo/api-keys.json");
    }

    void stop() {
        stopping = true;
        List<AutoCloseable> toClose = new ArrayList<>(running);
        Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            try {
                closeable.close();
            }
            catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
        running.clear();
        if (!toClose.isEmpty()) {
            say("CloudFlux stopped.");
        }
    }

    private static void requireFree(int port, String what) {
        if (LocalPostgres.answers("127.0.0.1", port)) {
            throw new IllegalStateException("port " + port + " for " + what + " is taken: is another CloudFlux running?");
        }
    }

    /**
     * Until Spring configures logging, Logback's default would print every broker DEBUG line; the controller's WARN on
     * a fresh log ("metadata log appears to be empty") is expected on first start.
     */
    private static void quietenBootstrapLogging() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.apache.kafka.controller")).setLevel(Level.ERROR);
    }

    private static double seconds(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 1000.0;
    }

    /** Progress from the background: silent once stopping, when a cut-short seeding is expected. */
    private void tell(String line) {
        if (!stopping) {
            say(line);
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
