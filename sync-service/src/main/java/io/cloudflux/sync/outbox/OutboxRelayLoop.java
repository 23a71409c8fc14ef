package io.cloudflux.sync.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on its own thread for the life of the service: batch after batch while there are rows, a short
 * pause when there are none or the broker fails.
 */
class OutboxRelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayLoop.class);

    private final OutboxRelay relay;
    private final OutboxProperties properties;
    private volatile Thread thread;

    OutboxRelayLoop(OutboxRelay relay, OutboxProperties properties) {
        this.relay = relay;
        this.properties = properties;
    }

    @Override
    public void start() {
        Thread t = new Thread(this::run, "outbox-relay");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (relay.relayBatch() == 0) {
                    Thread.sleep(properties.pollInterval().toMillis());
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            catch (RuntimeException e) {
                log.warn("Outbox relay batch failed; retrying: {}", e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis() * 10);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(properties.sendTimeout().toMillis());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        // Stops before the Kafka producer and the data source, which stop in later phases.
        return Integer.MAX_VALUE - 100;
    }
}
