package io.cloudflux.platform.api;

/** What a request names does not exist; answered as a 404 problem detail. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
