package io.cloudflux.launcher.clouds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the emulators' programs are: S3Mock's exec jar, copied next to the launcher by its build, and Azurite's
 * {@code azurite-blob}, installed by the build with {@code npm ci} from libs/storage/emulators' lockfile.
 * {@code CLOUDFLUX_S3MOCK_JAR} and {@code CLOUDFLUX_AZURITE_BIN} point elsewhere.
 */
final class EmulatorBinaries {

    private static final Properties BUILT = load();

    private EmulatorBinaries() {
    }

    static Path s3MockJar() {
        return locate("CLOUDFLUX_S3MOCK_JAR", "s3mock.jar", "the S3Mock jar");
    }

    static Path azurite() {
        return locate("CLOUDFLUX_AZURITE_BIN", "azurite.bin", "Azurite (azurite-blob)");
    }

    private static Path locate(String variable, String property, String what) {
        String configured = System.getenv(variable);
        Path path = Path.of(configured != null && !configured.isBlank() ? configured : BUILT.getProperty(property));
        if (!Files.exists(path)) {
            throw new IllegalStateException(what + " is not at " + path + ": build the launcher again (./mvnw -pl "
                    + "deploy/local -am install -DskipTests installs it) or set " + variable);
        }
        return path;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = EmulatorBinaries.class.getResourceAsStream("/cloudflux-local.properties")) {
            if (in == null) {
                throw new IllegalStateException("cloudflux-local.properties is missing from the launcher's jar");
            }
            properties.load(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
