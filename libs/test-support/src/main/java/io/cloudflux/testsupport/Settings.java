package io.cloudflux.testsupport;

/** Reads an override from the environment, or from a system property of the same name (handy in an IDE). */
final class Settings {

    private Settings() {
    }

    static String get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
