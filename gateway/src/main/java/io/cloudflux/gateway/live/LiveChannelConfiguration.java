package io.cloudflux.gateway.live;

import io.cloudflux.gateway.security.CredentialAuthenticator;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
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

    private final LiveProperties properties;
    private final CredentialAuthenticator authenticator;

    LiveChannelConfiguration(LiveProperties properties, CredentialAuthenticator authenticator) {
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
        registration.interceptors(new StompAccessInterceptor(authenticator, properties.streamNames()));
    }
}
