package io.cloudflux.gateway.platform;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.platform.PlatformStatus.ServiceState;
import io.cloudflux.gateway.platform.PlatformStatus.ServiceStatus;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Probes every configured service's readiness endpoint in parallel, the way Kubernetes would; the REST API and the
 * live channel's {@code health} stream both report what it finds.
 */
@Service
public class PlatformStatusService implements DisposableBean {

    private final PlatformStatusProperties properties;
    private final ApplicationAvailability availability;
    private final Clock clock;
    private final RestClient http;
    private final ExecutorService probes = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "platform-status-probe");
        thread.setDaemon(true);
        return thread;
    });

    PlatformStatusService(PlatformStatusProperties properties, ApplicationAvailability availability,
            RestClient.Builder restClients, ObjectProvider<Clock> clock) {
        this.properties = properties;
        this.availability = availability;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.probeTimeout()).build());
        requests.setReadTimeout(properties.probeTimeout());
        this.http = restClients.requestFactory(requests).build();
    }

    /** Probes every service now; takes at most about one probe timeout. */
    public PlatformStatus check() {
        List<CompletableFuture<ServiceStatus>> pending = new ArrayList<>();
        for (Map.Entry<String, URI> service : properties.services().entrySet()) {
            pending.add(CompletableFuture.supplyAsync(() -> probe(service.getKey(), service.getValue()), probes));
        }
        List<ServiceStatus> services = new ArrayList<>();
        services.add(self());
        pending.stream().map(CompletableFuture::join).forEach(services::add);
        services.sort((a, b) -> a.name().compareTo(b.name()));
        return PlatformStatus.of(clock.instant(), services);
    }

    private ServiceStatus self() {
        boolean ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        return new ServiceStatus(GatewayApplication.NAME, ready ? ServiceState.UP : ServiceState.DOWN, null,
                ready ? null : "not accepting traffic");
    }

    private ServiceStatus probe(String name, URI base) {
        URI readiness = base.resolve("/actuator/health/readiness");
        try {
            Health health = http.get().uri(readiness).retrieve().body(Health.class);
            boolean up = health != null && "UP".equals(health.status());
            return new ServiceStatus(name, up ? ServiceState.UP : ServiceState.DOWN, base.toString(),
                    up ? null : "readiness is " + (health == null ? "empty" : health.status()));
        }
        catch (RestClientResponseException e) {
            // A 503 from the readiness endpoint is a clear answer: the service runs but is not ready.
            return new ServiceStatus(name, ServiceState.DOWN, base.toString(),
                    "readiness answered " + e.getStatusCode().value());
        }
        catch (RestClientException e) {
            return new ServiceStatus(name, ServiceState.UNKNOWN, base.toString(), unreachable(e));
        }
    }

    /** Says why in words an operator acts on; the JDK client's innermost cause is often a bare ClosedChannelException. */
    private String unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "unreachable: connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "unreachable: no answer within " + properties.probeTimeout().toMillis() + " ms";
            }
        }
        return "unreachable: " + e.getMessage();
    }

    @Override
    public void destroy() {
        probes.shutdownNow();
    }

    private record Health(String status) {
    }
}
