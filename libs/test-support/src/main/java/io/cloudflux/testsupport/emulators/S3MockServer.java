package io.cloudflux.testsupport.emulators;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.cloudflux.testsupport.Settings;

/**
 * The S3-compatible server of this JVM: {@code CLOUDFLUX_TEST_S3_ENDPOINT} when set (with
 * {@code CLOUDFLUX_TEST_S3_ACCESS_KEY_ID} / {@code CLOUDFLUX_TEST_S3_SECRET_KEY}), else Adobe S3Mock started on first
 * use from its standalone jar in a child JVM and stopped when this JVM exits. The jar is
 * {@code CLOUDFLUX_S3MOCK_JAR}, else the newest {@code s3mock-*-exec.jar} in the local Maven repository.
 *
 * <p>Running the jar in its own JVM keeps S3Mock's Spring Boot apart from the one under test. S3Mock serves plain
 * HTTP on 127.0.0.1 here; its second, unused HTTP connector cannot be given an address and binds a random port on
 * every interface for the life of the test JVM.
 */
public final class S3MockServer {

    private static volatile S3Endpoint endpoint;

    private S3MockServer() {
    }

    /** The endpoint, starting S3Mock if needed. */
    public static S3Endpoint endpoint() {
        S3Endpoint e = endpoint;
        if (e == null) {
            synchronized (S3MockServer.class) {
                e = endpoint;
                if (e == null) {
                    e = choose();
                    endpoint = e;
                }
            }
        }
        return e;
    }

    private static S3Endpoint choose() {
        String configured = Settings.get("CLOUDFLUX_TEST_S3_ENDPOINT");
        if (configured != null) {
            return new S3Endpoint(URI.create(configured), orDefault(Settings.get("CLOUDFLUX_TEST_S3_REGION"),
                    "us-east-1"), orDefault(Settings.get("CLOUDFLUX_TEST_S3_ACCESS_KEY_ID"), "test"),
                    orDefault(Settings.get("CLOUDFLUX_TEST_S3_SECRET_KEY"), "test"));
        }
        int port = ChildProcess.freePort();
        Path data = ChildProcess.tempDir("cloudflux-s3mock-");
        List<String> command = List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar().toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--server.ssl.enabled=false",
                "--http.port=0",
                "--com.adobe.testing.s3mock.store.root=" + data,
                "--com.adobe.testing.s3mock.store.retain-files-on-exit=false",
                // Parts and single puts of the benchmark are larger than the 10 MB S3Mock accepts by default.
                "--com.adobe.testing.s3mock.max-payload-size=128MB",
                "--logging.level.root=WARN");
        ChildProcess.start("s3mock", command, port, data, Duration.ofSeconds(90));
        return new S3Endpoint(URI.create("http://127.0.0.1:" + port), "us-east-1", "s3mock-test", "s3mock-test");
    }

    static Path jar() {
        String configured = Settings.get("CLOUDFLUX_S3MOCK_JAR");
        if (configured != null) {
            Path jar = Path.of(configured);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("CLOUDFLUX_S3MOCK_JAR points at " + jar + ", which is not a file");
            }
            return jar;
        }
        Path repository = Path.of(orDefault(System.getProperty("maven.repo.local"),
                System.getProperty("user.home") + "/.m2/repository"), "com/adobe/testing/s3mock");
        try (Stream<Path> jars = Files.exists(repository) ? Files.walk(repository, 2) : Stream.empty()) {
            return jars.filter(p -> p.getFileName().toString().matches("s3mock-.*-exec\\.jar")).max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("No S3Mock jar: set CLOUDFLUX_S3MOCK_JAR, or build "
                            + "libs/storage once (it resolves com.adobe.testing:s3mock:exec into " + repository + ")"));
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException("could not search " + repository, e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
