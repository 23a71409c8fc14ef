package io.cloudflux.platform.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudflux.events.CloudFluxEvent;
import io.cloudflux.events.EventJson;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka wiring every CloudFlux service shares: String keys (the objectId), event values as JSON through the
 * events library's mapper, a poison record to its {@code .DLT} twin after bounded retries, and the topics declared.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaPlatformProperties.class)
public class KafkaPlatformAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer cloudFluxProducerSerializers() {
        return factory -> {
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<String, Object> producers = (DefaultKafkaProducerFactory<String, Object>) factory;
            Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
            // Dead-lettered records that never deserialized travel on as the bytes they arrived as.
            byType.put(byte[].class, new ByteArraySerializer());
            byType.put(CloudFluxEvent.class, new JacksonJsonSerializer<CloudFluxEvent>(EventJson.mapper()).noTypeInfo());
            producers.setKeySerializer(new StringSerializer());
            @SuppressWarnings("unchecked")
            Serializer<Object> values = (Serializer<Object>) (Serializer<?>) new DelegatingByTypeSerializer(byType, true);
            producers.setValueSerializer(values);
        };
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer cloudFluxConsumerDeserializers() {
        return factory -> {
            @SuppressWarnings("unchecked")
            DefaultKafkaConsumerFactory<String, CloudFluxEvent> consumers =
                    (DefaultKafkaConsumerFactory<String, CloudFluxEvent>) factory;
            JacksonJsonDeserializer<CloudFluxEvent> events =
                    new JacksonJsonDeserializer<CloudFluxEvent>(CloudFluxEvent.class, EventJson.mapper(), false)
                            .ignoreTypeHeaders();
            consumers.setKeyDeserializer(new ErrorHandlingDeserializer<>(new StringDeserializer()));
            consumers.setValueDeserializer(new ErrorHandlingDeserializer<>(events));
        };
    }

    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler cloudFluxErrorHandler(KafkaTemplate<?, ?> template, MeterRegistry meters,
            KafkaPlatformProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        backOff.setMaxAttempts(properties.retryAttempts());
        return new DefaultErrorHandler(new DeadLetters(template, meters), backOff);
    }

    @Bean
    KafkaAdmin.NewTopics cloudFluxTopics(KafkaPlatformProperties properties) {
        return TopicDeclarations.of(properties);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties());
    }
}
