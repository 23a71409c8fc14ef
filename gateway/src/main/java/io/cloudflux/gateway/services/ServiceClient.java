package io.cloudflux.gateway.services;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Calls one service's internal API with a timeout per attempt, retries of idempotent calls that failed fast, and a
 * circuit breaker. Every failure comes out as one of two exceptions: {@link ServiceRejectedException} when the service
 * refused the request (4xx, its problem body kept), {@link ServiceUnavailableException} otherwise (a 503 to the caller).
 */
public final class ServiceClient {

    private final String service;
    private final RestClient http;
    private final CircuitBreaker breaker;
    private final Retry retry;

    ServiceClient(String service, RestClient http, CircuitBreaker breaker, Retry retry) {
        this.service = service;
        this.http = http;
        this.breaker = breaker;
        this.retry = retry;
    }

    public String service() {
        return service;
    }

    /** GETs {@code path} (with its query) and reads the answer as {@code type}; retried when it failed fast. */
    public <T> T get(String path, ParameterizedTypeReference<T> type) {
        return call(Retry.decorateSupplier(retry, () -> http.get().uri(path).retrieve().body(type)));
    }

    /** GETs {@code path} and reads the answer as {@code type}; retried when it failed fast. */
    public <T> T get(String path, Class<T> type) {
        return call(Retry.decorateSupplier(retry, () -> http.get().uri(path).retrieve().body(type)));
    }

    /** POSTs {@code body} as JSON; never retried, since the service may have acted on a request whose answer was lost. */
    public <T> T post(String path, Object body, Class<T> type) {
        return call(() -> http.post().uri(path).body(body).retrieve().body(type));
    }

    private <T> T call(Supplier<T> attempt) {
        try {
            return breaker.executeSupplier(attempt);
        }
        catch (CallNotPermittedException e) {
            throw new ServiceUnavailableException(service, "its circuit is open after repeated failures", e);
        }
        catch (RestClientResponseException e) {
            if (e.getStatusCode().is4xxClientError()) {
                throw new ServiceRejectedException(service, e.getStatusCode(), e.getResponseBodyAsString());
            }
            throw new ServiceUnavailableException(service, "answered " + e.getStatusCode().value(), e);
        }
        catch (ResourceAccessException e) {
            throw new ServiceUnavailableException(service, why(e), e);
        }
    }

    /** True for what a retry may cure without risk of waiting twice: a refused connection, or a 502/503/504. */
    static boolean failedFast(Throwable e) {
        if (e instanceof RestClientResponseException response) {
            HttpStatusCode status = response.getStatusCode();
            return status.value() == 502 || status.value() == 503 || status.value() == 504;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** True for a failure that counts against the service's circuit: anything but its refusal of a bad request. */
    static boolean isFailure(Throwable e) {
        return !(e instanceof RestClientResponseException response && response.getStatusCode().is4xxClientError());
    }

    private static String why(ResourceAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer in time";
            }
        }
        Throwable root = e.getMostSpecificCause();
        return root instanceof IOException ? "I/O error: " + root.getClass().getSimpleName() : String.valueOf(
                root.getMessage());
    }
}
