package io.cloudflux.testsupport.emulators;

/** Reads an override from a system property, or from the environment variable of the same name. */
final class EmulatorSettings {

    private EmulatorSettings() {
    }

    static String get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
