package io.cloudflux.events;

/** A label for people of how much an object is used, hottest first; placement is decided by cost, not by it. */
public enum Temperature {
    HOT, WARM, COLD, FROZEN
}
