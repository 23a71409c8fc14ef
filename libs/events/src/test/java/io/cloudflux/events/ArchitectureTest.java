package io.cloudflux.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cloudflux.events");

    @Test
    void shouldKeepTheEventsFreeOfSpring() {
        noClasses().that().resideInAPackage("io.cloudflux.events..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("every service, Spring or not, must be able to read the events")
                .check(MAIN_CLASSES);
    }

    @Test
    void shouldUseJackson3AndNotTheJackson2DatabindThatTheTestsBringIn() {
        noClasses().that().resideInAPackage("io.cloudflux.events..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
                .because("Jackson 2 is on the test classpath only, for the schema validator")
                .check(MAIN_CLASSES);
    }
}
