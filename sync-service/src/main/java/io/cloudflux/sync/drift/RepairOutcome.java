package io.cloudflux.sync.drift;

/** What a repair did, or why it did nothing: a business answer, never an exception. */
public record RepairOutcome(boolean repaired, String note) {

    static RepairOutcome done(String note) {
        return new RepairOutcome(true, note);
    }

    static RepairOutcome refused(String note) {
        return new RepairOutcome(false, note);
    }
}
