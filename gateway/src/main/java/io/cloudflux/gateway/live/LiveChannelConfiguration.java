package io.cloudflux.gateway.live;

import io.cloudflux.gateway.security.CredentialAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over plain WebSocket at {@code /ws}: the simple broker fans {@code /topic/<stream>} out to its subscribers,
 * {@code /app/history/<stream>} answers a late joiner, and every frame passes the {@link StompAccessInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveChannelConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";
    static final String APPLICATION_PREFIX = "/app";

    private static final Logger log = LoggerFactory.getLogger(LiveChannelConfiguration.class);

    private final LiveProperties properties;
    private final ObjectProvider<CredentialAuthenticator> authenticator;

    LiveChannelConfiguration(LiveProperties properties, ObjectProvider<CredentialAuthenticator> authenticator) {
        this.properties = properties;
        this.authenticator = authenticator;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT).setAllowedOriginPatterns(properties.allowedOrigins());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker(LiveBroadcast.TOPIC_PREFIX);
        registry.setApplicationDestinationPrefixes(APPLICATION_PREFIX);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new StompAccessInterceptor(authenticator.getIfAvailable(() -> nobody()),
                properties.streamNames()));
    }

    /** Without an authenticator the gateway still starts, and the live channel fails closed. */
    private static CredentialAuthenticator nobody() {
        log.warn("No CredentialAuthenticator: the live channel refuses every CONNECT");
        return (apiKey, bearerToken) -> {
            throw new BadCredentialsException("no credentials are accepted: the gateway has no authenticator");
        };
    }
}
