package io.cloudflux.gateway.services;

import org.springframework.http.HttpStatusCode;

/**
 * A service answered a 4xx: the caller's request was wrong, and the service's own problem detail (its body) goes back
 * to the caller unchanged.
 */
public class ServiceRejectedException extends RuntimeException {

    private final HttpStatusCode status;
    private final String body;

    public ServiceRejectedException(String service, HttpStatusCode status, String body) {
        super(service + " answered " + status.value());
        this.status = status;
        this.body = body;
    }

    public HttpStatusCode status() {
        return status;
    }

    public String body() {
        return body;
    }
}
