package io.cloudflux.platform.api;

import java.util.Map;

/** A request that contradicts the current state; answered as a 409 problem detail with the given properties. */
public class ConflictException extends RuntimeException {

    private final transient Map<String, Object> properties;

    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
