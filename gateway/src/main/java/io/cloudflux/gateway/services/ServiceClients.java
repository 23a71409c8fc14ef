package io.cloudflux.gateway.services;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudflux.gateway.platform.PlatformStatusProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * One {@link ServiceClient} per configured service, each with its own circuit; Resilience4j's core modules (no Spring
 * integration: the gateway owns the few settings in {@link ServiceCallProperties}).
 */
@Component
public class ServiceClients {

    private final Map<String, URI> bases;
    private final ServiceCallProperties properties;
    private final RestClient.Builder restClients;
    private final Map<String, ServiceClient> clients = new ConcurrentHashMap<>();

    ServiceClients(PlatformStatusProperties services, ServiceCallProperties properties, RestClient.Builder restClients) {
        this.bases = services.services();
        this.properties = properties;
        this.restClients = restClients;
    }

    /**
     * @throws IllegalArgumentException when no service of that name is configured
     */
    public ServiceClient of(String service) {
        URI base = bases.get(service);
        if (base == null) {
            throw new IllegalArgumentException("no service '" + service + "' is configured; known: " + bases.keySet());
        }
        return clients.computeIfAbsent(service, name -> create(name, base));
    }

    private ServiceClient create(String service, URI base) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        RestClient http = restClients.clone().baseUrl(base.toString()).requestFactory(requests).build();
        CircuitBreaker breaker = CircuitBreaker.of(service, CircuitBreakerConfig.custom()
                .slidingWindowSize(properties.window())
                .minimumNumberOfCalls(5)
                .failureRateThreshold(properties.failureRateThreshold())
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(3)
                .recordException(ServiceClient::isFailure)
                .build());
        Retry retry = Retry.of(service, RetryConfig.custom()
                .maxAttempts(properties.attempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.backoff(), 2.0))
                .retryOnException(ServiceClient::failedFast)
                .build());
        return new ServiceClient(service, http, breaker, retry);
    }
}
