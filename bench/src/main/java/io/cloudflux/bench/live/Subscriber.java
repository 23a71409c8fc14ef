package io.cloudflux.bench.live;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * One STOMP subscriber: for every item it receives that carries the harness's send time, the latency from the record's
 * send to this moment, in microseconds. Reads the times by scanning the text rather than parsing the JSON, so that the
 * 200 subscribers cost the shared cores as little as possible.
 */
final class Subscriber implements StompFrameHandler {

    static final String SENT_FIELD = "\"benchSentNanos\":";

    private final Object lock = new Object();
    private long[] latenciesMicros = new long[4096];
    private int count;
    private long messages;
    private volatile boolean measuring;
    private StompSession session;

    void connect(WebSocketStompClient client, String url, String apiKey, String destination) throws Exception {
        StompHeaders connect = new StompHeaders();
        connect.add("X-Api-Key", apiKey);
        CompletableFuture<StompSession> connecting = client.connectAsync(url, new WebSocketHttpHeaders(), connect,
                new StompSessionHandlerAdapter() {
                });
        session = connecting.get(30, TimeUnit.SECONDS);
        session.subscribe(destination, this);
    }

    void measure(boolean on) {
        measuring = on;
    }

    @Override
    public Type getPayloadType(StompHeaders headers) {
        return byte[].class;
    }

    @Override
    public void handleFrame(StompHeaders headers, Object payload) {
        long now = System.nanoTime();
        if (!measuring) {
            return;
        }
        String body = new String((byte[]) payload, StandardCharsets.UTF_8);
        synchronized (lock) {
            messages++;
            for (int at = body.indexOf(SENT_FIELD); at >= 0; at = body.indexOf(SENT_FIELD, at + 1)) {
                int start = at + SENT_FIELD.length();
                int end = start;
                while (end < body.length() && Character.isDigit(body.charAt(end))) {
                    end++;
                }
                add((now - Long.parseLong(body, start, end, 10)) / 1_000);
            }
        }
    }

    private void add(long micros) {
        if (count == latenciesMicros.length) {
            latenciesMicros = Arrays.copyOf(latenciesMicros, count * 2);
        }
        latenciesMicros[count++] = micros;
    }

    long[] latenciesMicros() {
        synchronized (lock) {
            return Arrays.copyOf(latenciesMicros, count);
        }
    }

    long messages() {
        synchronized (lock) {
            return messages;
        }
    }

    void disconnect() {
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
    }
}
