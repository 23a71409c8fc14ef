package io.cloudflux.testsupport.probe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal application that proves Flyway and JPA work on the test database. */
@SpringBootApplication
public class ProbeApplication {
}
