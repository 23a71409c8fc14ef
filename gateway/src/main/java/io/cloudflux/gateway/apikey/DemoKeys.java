package io.cloudflux.gateway.apikey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import io.cloudflux.gateway.security.Role;
import io.cloudflux.gateway.security.SecurityProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Demo mode: one key per role, written to the configured file as {@code {"admin":…,"operator":…,"viewer":…}} (readable
 * by its owner only) and printed on the console — never logged. Keys from an earlier start are kept while they still
 * work, so a restarted demo keeps the dashboard signed in.
 */
@Component
class DemoKeys implements ApplicationRunner {

    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile(
            "\"(admin|operator|viewer)\"\\s*:\\s*\"(cfx_[A-Za-z0-9_-]+)\"");

    private final ApiKeyService keys;
    private final SecurityProperties.DemoKeys demo;

    DemoKeys(ApiKeyService keys, SecurityProperties properties) {
        this.keys = keys;
        this.demo = properties.demoKeys();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo.enabled()) {
            return;
        }
        if (demo.file() == null) {
            throw new IllegalStateException("cloudflux.gateway.security.demo-keys.file must name where to write the keys");
        }
        Map<Role, String> byRole = reusable().orElseGet(this::create);
        write(byRole);
        System.out.println("Demo API keys (also in " + demo.file() + "):");
        byRole.forEach((role, key) -> System.out.printf(Locale.ROOT, "  %-9s %s%n", role, key));
    }

    private Optional<Map<Role, String>> reusable() throws IOException {
        if (!Files.isRegularFile(demo.file())) {
            return Optional.empty();
        }
        Map<Role, String> byRole = new EnumMap<>(Role.class);
        Matcher entries = ENTRY.matcher(Files.readString(demo.file(), StandardCharsets.UTF_8));
        while (entries.find()) {
            Role role = Role.valueOf(entries.group(1).toUpperCase(Locale.ROOT));
            String key = entries.group(2);
            if (keys.verify(key).filter(caller -> caller.role() == role).isPresent()) {
                byRole.put(role, key);
            }
        }
        return byRole.size() == Role.values().length ? Optional.of(byRole) : Optional.empty();
    }

    private Map<Role, String> create() {
        Map<Role, String> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, keys.create("demo-" + role.name().toLowerCase(Locale.ROOT), role, "demo").key());
        }
        return byRole;
    }

    private void write(Map<Role, String> byRole) throws IOException {
        Path file = demo.file().toAbsolutePath();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection is what there is.
        }
        String json = "{\"admin\":\"" + byRole.get(Role.ADMIN) + "\",\"operator\":\"" + byRole.get(Role.OPERATOR)
                + "\",\"viewer\":\"" + byRole.get(Role.VIEWER) + "\"}\n";
        Files.writeString(partial, json, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
