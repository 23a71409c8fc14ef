package io.cloudflux.launcher.estate;

import io.cloudflux.events.Provider;
import io.cloudflux.tiering.trace.Archetype;

/** One object of the demo's estate: where it lives, its trace key, its size on the emulator and its class. */
public record EstateObject(Provider provider, String account, String bucket, String key, Archetype archetype,
        long sizeBytes, String storageClass) {

    /** What the object's bytes are drawn from: its location, so that no two objects share content. */
    public String contentSeed() {
        return provider + "/" + account + "/" + bucket + "/" + key;
    }
}
