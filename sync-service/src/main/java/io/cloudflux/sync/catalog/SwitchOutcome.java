package io.cloudflux.sync.catalog;

/** How a {@link LocationSwitch} ended: a business answer, never an exception. */
public sealed interface SwitchOutcome {

    /** The catalog now points at the target. */
    record Switched(CatalogEntry entry) implements SwitchOutcome {
    }

    /** The object is no longer at the expected location (another mover won): nothing changed. */
    record NotAtExpected(CatalogEntry current) implements SwitchOutcome {
    }

    /** Another object already has the target location: nothing changed. */
    record TargetTaken(String otherObjectId) implements SwitchOutcome {
    }

    /** No object has this id. */
    record UnknownObject(String objectId) implements SwitchOutcome {
    }
}
