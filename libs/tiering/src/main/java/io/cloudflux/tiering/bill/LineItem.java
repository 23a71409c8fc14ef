package io.cloudflux.tiering.bill;

/** The lines of a bill; {@link #key()} is the name used in JSON and CSV. */
public enum LineItem {
    STORAGE("storage"),
    REQUESTS("requests"),
    RETRIEVAL("retrieval"),
    EARLY_DELETION("earlyDeletion"),
    TRANSITIONS("transitions"),
    EGRESS("egress"),
    MONITORING("monitoring");

    private final String key;

    LineItem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
