package io.cloudflux.predictor;

import io.cloudflux.platform.boot.CloudFluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Access forecasting: the neural model (Deeplearning4j), its training, evaluation and registry. */
@SpringBootApplication
public class PredictorApplication {

    /** The service's name: its {@code spring.application.name} and the base name of its configuration file. */
    public static final String NAME = "predictor-service";

    /** Builds the service exactly as it runs alone; the local launcher starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return CloudFluxApplication.builder(PredictorApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
