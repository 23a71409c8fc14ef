package io.cloudflux.tiering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The tiering domain has no Spring, and its core does no file I/O and reads no clock. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cloudflux.tiering");
    private static final String[] CORE = {"io.cloudflux.tiering.catalog..", "io.cloudflux.tiering.bill..",
        "io.cloudflux.tiering.policy..", "io.cloudflux.tiering.oracle.."};

    @Test
    void shouldNotDependOnSpring() {
        noClasses().that().resideInAPackage("io.cloudflux.tiering..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepFilesOutOfTheCore() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheClockOutOfTheCore() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .check(CLASSES);
    }
}
