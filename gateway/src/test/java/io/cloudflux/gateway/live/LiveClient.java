package io.cloudflux.gateway.live;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** A real STOMP client of the live channel that keeps every frame it receives, for a test to look at. */
final class LiveClient implements AutoCloseable {

    /** A MESSAGE (destination and body) or an ERROR (destination null, body its message header). */
    record Frame(String destination, String body) {

        boolean isError() {
            return destination == null;
        }
    }

    private static final int MAX_FRAME_BYTES = 16 * 1024 * 1024;

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Throwable> closed = new CompletableFuture<>();
    private final WebSocketStompClient client;
    private volatile StompSession session;

    private LiveClient() {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        // A history reply can be megabytes; Tomcat's client buffers 8 KiB by default.
        container.setDefaultMaxTextMessageBufferSize(MAX_FRAME_BYTES);
        client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setInboundMessageSizeLimit(MAX_FRAME_BYTES);
    }

    /** Connects with the given CONNECT headers and waits for CONNECTED or for the server to refuse. */
    static LiveClient connect(int port, StompHeaders connectHeaders) {
        LiveClient live = new LiveClient();
        CompletableFuture<StompSession> connecting = live.client.connectAsync("ws://127.0.0.1:" + port + "/ws",
                new WebSocketHttpHeaders(), connectHeaders, live.new Handler());
        try {
            live.session = connecting.get(10, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            live.closed.complete(e);
        }
        return live;
    }

    static StompHeaders apiKey(String key) {
        StompHeaders headers = new StompHeaders();
        headers.add("X-Api-Key", key);
        return headers;
    }

    boolean isConnected() {
        return session != null && session.isConnected();
    }

    /** Subscribes to {@code destination}; answers the subscription's id, unique across clients. */
    String subscribe(String destination) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setId(UUID.randomUUID().toString());
        session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                frames.add(new Frame(destination, new String((byte[]) payload, StandardCharsets.UTF_8)));
            }
        });
        return headers.getId();
    }

    void send(String destination, String body) {
        session.send(destination, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The next frame, or null when none arrives in time. */
    Frame next(Duration patience) throws InterruptedException {
        return frames.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next frame received on {@code destination}, skipping others, or null when none arrives in time. */
    Frame next(String destination, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (long left = patience.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Frame frame = frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame != null && (frame.isError() || destination.equals(frame.destination()))) {
                return frame;
            }
        }
        return null;
    }

    /** Every frame received so far. */
    List<Frame> drain() {
        List<Frame> all = new ArrayList<>();
        frames.drainTo(all);
        return all;
    }

    /** Whether the connection has ended, waiting up to {@code patience} for it to. */
    boolean closedWithin(Duration patience) {
        try {
            closed.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
        catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (isConnected()) {
            session.disconnect();
        }
        client.stop();
    }

    private final class Handler extends StompSessionHandlerAdapter {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            // Only ERROR frames come here: MESSAGE frames go to their subscription's handler.
            frames.add(new Frame(null, String.valueOf(headers.getFirst("message"))));
        }

        @Override
        public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload,
                Throwable exception) {
            closed.complete(exception);
        }

        @Override
        public void handleTransportError(StompSession s, Throwable exception) {
            closed.complete(exception);
        }
    }
}
