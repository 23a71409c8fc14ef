package io.cloudflux.platform.boot;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code cloudflux-defaults.properties} below every other property source, so that each service starts from
 * the same operational defaults and overrides only what is its own.
 */
class CloudFluxDefaultsPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "cloudflux-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(SOURCE_NAME, new ClassPathResource("cloudflux-defaults.properties")));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cloudflux-defaults.properties is missing from the platform jar", e);
        }
    }
}
