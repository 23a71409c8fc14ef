package io.cloudflux.gateway.live;

import java.security.Principal;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import io.cloudflux.gateway.security.CredentialAuthenticator;
import io.cloudflux.gateway.security.Role;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Authenticates a STOMP session in its CONNECT frame ({@code X-Api-Key} or {@code Authorization: Bearer}) and keeps
 * every later frame within what a reader may do: subscribe to a known stream's {@code /topic/<stream>} or
 * {@code /app/history/<stream>}, never send to {@code /topic}. A refused frame becomes an ERROR frame, after which the
 * server closes the session, as STOMP requires.
 */
final class StompAccessInterceptor implements ChannelInterceptor {

    static final String API_KEY_HEADER = "X-Api-Key";
    static final String AUTHORIZATION_HEADER = "Authorization";
    static final String HISTORY_PREFIX = LiveChannelConfiguration.APPLICATION_PREFIX + "/history/";

    private static final String BEARER = "Bearer ";

    private final CredentialAuthenticator authenticator;
    private final SortedSet<String> streams;

    StompAccessInterceptor(CredentialAuthenticator authenticator, Set<String> streams) {
        this.authenticator = authenticator;
        this.streams = new TreeSet<>(streams);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        switch (stomp.getCommand()) {
            case CONNECT, STOMP -> stomp.setUser(authenticate(message, stomp));
            case SUBSCRIBE -> {
                requireReader(message, stomp.getUser());
                requireKnownStream(message, stomp.getDestination());
            }
            case SEND -> {
                requireReader(message, stomp.getUser());
                String destination = stomp.getDestination();
                if (destination == null || destination.startsWith(LiveBroadcast.TOPIC_PREFIX)) {
                    throw new MessageDeliveryException(message, "the live channel is read-only: no SEND to "
                            + LiveBroadcast.TOPIC_PREFIX + "**");
                }
            }
            default -> {
                // DISCONNECT, UNSUBSCRIBE, ACK and NACK change nothing anyone else sees.
            }
        }
        return message;
    }

    private Authentication authenticate(Message<?> message, StompHeaderAccessor stomp) {
        String apiKey = stomp.getFirstNativeHeader(API_KEY_HEADER);
        String authorization = stomp.getFirstNativeHeader(AUTHORIZATION_HEADER);
        String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim() : null;
        if (apiKey == null && token == null) {
            throw new MessageDeliveryException(message, "authentication required: send " + API_KEY_HEADER
                    + " or Authorization: Bearer in the CONNECT frame");
        }
        Authentication authentication;
        try {
            authentication = authenticator.authenticate(apiKey, token);
        }
        catch (AuthenticationException e) {
            throw new MessageDeliveryException(message, "authentication failed: " + e.getMessage());
        }
        requireReader(message, authentication);
        return authentication;
    }

    private static void requireReader(Message<?> message, Principal user) {
        boolean reader = user instanceof Authentication authentication && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Role.VIEWER.authority().getAuthority().equals(a.getAuthority()));
        if (!reader) {
            throw new MessageDeliveryException(message, "not authenticated as a reader of the live channel");
        }
    }

    private void requireKnownStream(Message<?> message, String destination) {
        String stream = streamOf(destination);
        if (stream == null || !streams.contains(stream)) {
            throw new MessageDeliveryException(message, "no such destination: " + destination + "; streams are "
                    + streams + " on " + LiveBroadcast.TOPIC_PREFIX + "<stream> and " + HISTORY_PREFIX + "<stream>");
        }
    }

    private static String streamOf(String destination) {
        if (destination == null) {
            return null;
        }
        if (destination.startsWith(LiveBroadcast.TOPIC_PREFIX)) {
            return destination.substring(LiveBroadcast.TOPIC_PREFIX.length());
        }
        if (destination.startsWith(HISTORY_PREFIX)) {
            return destination.substring(HISTORY_PREFIX.length());
        }
        return null;
    }
}
