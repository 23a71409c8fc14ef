package io.cloudflux.testsupport;

/** Reads an override from a system property (handy in an IDE), else from the environment variable of the same name. */
public final class Settings {

    private Settings() {
    }

    /** The trimmed value, or null when neither is set or it is blank. */
    public static String get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
