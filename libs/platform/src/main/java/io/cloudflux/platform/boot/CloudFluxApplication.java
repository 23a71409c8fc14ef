package io.cloudflux.platform.boot;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Builds a CloudFlux service the same way whether it runs alone or beside the others in the local launcher: each
 * service reads its own {@code <service-name>.yml}, so that several services can share one classpath.
 */
public final class CloudFluxApplication {

    private CloudFluxApplication() {
    }

    /** A builder for the service whose configuration class is {@code source}. */
    public static SpringApplicationBuilder builder(Class<?> source, String serviceName) {
        return new SpringApplicationBuilder(source)
                .properties("spring.config.name=" + serviceName, "spring.application.name=" + serviceName);
    }
}
