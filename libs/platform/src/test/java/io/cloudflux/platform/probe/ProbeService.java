package io.cloudflux.platform.probe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cloudflux.events.AccessEvent;
import io.cloudflux.events.Topics;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;

/** A minimal service on the platform: it listens to access events and fails on objects it is told to fail on. */
@SpringBootApplication
public class ProbeService {

    public static final String FAILING_OBJECT = "always-fails";

    final List<AccessEvent> received = new CopyOnWriteArrayList<>();
    final List<String> attempts = new CopyOnWriteArrayList<>();

    public List<AccessEvent> received() {
        return received;
    }

    public List<String> attempts() {
        return attempts;
    }

    @KafkaListener(topics = Topics.ACCESS_EVENTS)
    void on(AccessEvent event) {
        attempts.add(event.objectId());
        if (FAILING_OBJECT.equals(event.objectId())) {
            throw new IllegalStateException("cannot process " + event.objectId());
        }
        received.add(event);
    }
}
