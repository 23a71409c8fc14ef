package io.cloudflux.classifier;

import io.cloudflux.platform.boot.CloudFluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Access statistics per object and the temperature labels (HOT, WARM, COLD, FROZEN) people read. */
@SpringBootApplication
public class ClassifierApplication {

    /** The service's name: its {@code spring.application.name} and the base name of its configuration file. */
    public static final String NAME = "classifier-service";

    /** Builds the service exactly as it runs alone; the local launcher starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return CloudFluxApplication.builder(ClassifierApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
