package io.cloudflux.events;

/** A value of {@link Topics#INVENTORY}: what an inventory scan saw, or saw disappear. */
public sealed interface InventoryEvent extends CloudFluxEvent permits ObjectObserved, ObjectRemoved {

    /** Where the object was observed. */
    Location location();
}
