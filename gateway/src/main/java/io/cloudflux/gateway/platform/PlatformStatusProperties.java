package io.cloudflux.gateway.platform;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The services the gateway knows, by name (their base URLs serve the platform status and the gateway's calls to
 * their internal APIs), and how long a readiness probe waits for each.
 *
 * @param services each service's base URL (its actuator lives below it)
 * @param probeTimeout how long one readiness probe may take before the service counts as DOWN
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux.gateway.platform")
public record PlatformStatusProperties(@NotNull Map<String, URI> services, @DefaultValue("2s") @NotNull Duration probeTimeout) {

    public PlatformStatusProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
    }
}
