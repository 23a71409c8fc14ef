package io.cloudflux.gateway.live;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.cloudflux.gateway.platform.PlatformStatusService;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds every stream of the live channel: the Kafka records of the event streams and of {@code access-rate}, the
 * access-rate window every second and the platform status every few seconds.
 */
@Component
class LiveFeeds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeeds.class);

    private final LiveProperties properties;
    private final LiveBroadcast broadcast;
    private final PlatformStatusService platform;
    private final AccessRateStream accessRate;
    private final LiveKafkaSource kafka;
    // Flushes and access-rate windows share one thread; a health check may wait seconds on a probe, so it has its own.
    private final ScheduledExecutorService publishing = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "live-publish"));
    private final ScheduledExecutorService health = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "live-health"));
    private volatile boolean running;

    LiveFeeds(LiveProperties properties, LiveBroadcast broadcast, PlatformStatusService platform,
            KafkaProperties kafkaProperties, KafkaAdmin kafkaAdmin, JsonMapper json, MeterRegistry meters,
            ObjectProvider<Clock> clockProvider) {
        Clock clock = clockProvider.getIfAvailable(Clock::systemUTC);
        this.properties = properties;
        this.broadcast = broadcast;
        this.platform = platform;
        this.accessRate = new AccessRateStream(broadcast, clock);
        Map<String, List<RecordSink>> sinks = new LinkedHashMap<>();
        sinks.computeIfAbsent(properties.accessRate().topic(), t -> new ArrayList<>()).add(accessRate);
        properties.streams().forEach((name, stream) -> {
            if (stream.hasSource()) {
                Coalescer<JsonNode> coalescer = new Coalescer<>(properties.flush().interval(),
                        properties.flush().maxItems(), clock);
                sinks.computeIfAbsent(stream.topic(), t -> new ArrayList<>())
                        .add(new EventStream(name, stream, coalescer, publishing, broadcast, meters));
            }
        });
        this.kafka = new LiveKafkaSource(kafkaProperties.buildConsumerProperties(),
                kafkaAdmin.getConfigurationProperties(), sinks.keySet(), new LiveRecords(sinks, json, meters));
    }

    @Override
    public void start() {
        kafka.start();
        every(publishing, properties.accessRate().window(), accessRate::tick, LiveProperties.ACCESS_RATE);
        every(health, properties.health().interval(),
                () -> broadcast.publish(LiveProperties.HEALTH, platform.check()), LiveProperties.HEALTH);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        kafka.stop();
        publishing.shutdownNow();
        health.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void every(ScheduledExecutorService executor, Duration period, Runnable task, String stream) {
        long nanos = period.toNanos();
        executor.scheduleAtFixedRate(() -> {
            try {
                task.run();
            }
            catch (RuntimeException e) {
                // A periodic task that throws is never run again: one failed message must not end the stream.
                log.warn("Could not publish the {} stream", stream, e);
            }
        }, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
