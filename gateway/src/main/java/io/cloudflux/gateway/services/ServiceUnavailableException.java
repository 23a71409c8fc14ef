package io.cloudflux.gateway.services;

/** A service did not answer in time, refused the connection, failed with a 5xx, or its circuit is open: a 503. */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, String reason, Throwable cause) {
        super(service + " is unavailable: " + reason, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
