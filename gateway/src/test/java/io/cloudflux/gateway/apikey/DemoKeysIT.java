package io.cloudflux.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudflux.gateway.Api;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.NAME,
                "cloudflux.gateway.security.demo-keys.enabled=true"})
class DemoKeysIT {

    static final Path FILE = tempDir().resolve("demo/api-keys.json");
    static final Pattern ENTRY = Pattern.compile("\"(admin|operator|viewer)\":\"(cfx_[A-Za-z0-9_-]{43})\"");

    @LocalServerPort
    int port;

    @Autowired
    DemoKeys demoKeys;

    @Autowired
    ApiKeyService keys;

    @DynamicPropertySource
    static void file(DynamicPropertyRegistry registry) {
        registry.add("cloudflux.gateway.security.demo-keys.file", FILE::toString);
    }

    @Test
    void shouldWriteOneWorkingKeyPerRoleReadableByItsOwnerOnlyAndKeepThemAcrossARestart() throws Exception {
        String written = Files.readString(FILE);
        assertThat(written).matches("\\{\"admin\":\"cfx_[^\"]+\",\"operator\":\"cfx_[^\"]+\",\"viewer\":\"cfx_[^\"]+\"}\\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FILE))).isEqualTo("rw-------");
        Matcher entries = ENTRY.matcher(written);
        while (entries.find()) {
            String me = Api.onPort(port).withKey(entries.group(2)).get("/api/v1/me").body();
            assertThat(me).contains("\"name\":\"demo-" + entries.group(1) + "\"")
                    .contains("\"role\":\"" + entries.group(1).toUpperCase() + "\"");
        }

        demoKeys.run(new DefaultApplicationArguments());

        assertThat(Files.readString(FILE)).as("the keys of the earlier start, still valid, are kept").isEqualTo(written);
    }

    @Test
    void shouldReplaceKeysThatNoLongerWork() throws Exception {
        Files.writeString(FILE, "{\"admin\":\"cfx_" + "x".repeat(43) + "\",\"operator\":\"cfx_" + "y".repeat(43)
                + "\",\"viewer\":\"cfx_" + "z".repeat(43) + "\"}\n");

        demoKeys.run(new DefaultApplicationArguments());

        Matcher entries = ENTRY.matcher(Files.readString(FILE));
        int found = 0;
        while (entries.find()) {
            found++;
            assertThat(keys.verify(entries.group(2))).isPresent();
        }
        assertThat(found).isEqualTo(3);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("demo-keys");
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
