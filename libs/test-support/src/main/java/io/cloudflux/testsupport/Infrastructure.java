package io.cloudflux.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real infrastructure one test class works against: the JVM-wide Kafka broker and Redis server, and a
 * PostgreSQL database created for this class alone.
 */
public final class Infrastructure {

    private static final Map<Class<?>, Infrastructure> BY_TEST_CLASS = new ConcurrentHashMap<>();

    private final String kafkaBootstrapServers;
    private final TestDatabase database;
    private final String redisUrl;

    private Infrastructure(String kafkaBootstrapServers, TestDatabase database, String redisUrl) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.database = database;
        this.redisUrl = redisUrl;
    }

    /** The infrastructure of a test class, provisioned on first use and kept for the rest of the JVM's life. */
    public static Infrastructure forTestClass(Class<?> testClass) {
        return BY_TEST_CLASS.computeIfAbsent(outermost(testClass), c -> new Infrastructure(
                KafkaServer.bootstrapServers(),
                PostgresServer.createDatabase(c.getSimpleName()),
                RedisServer.url()));
    }

    private static Class<?> outermost(Class<?> testClass) {
        Class<?> c = testClass;
        while (c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        return c;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public TestDatabase database() {
        return database;
    }

    public String redisUrl() {
        return redisUrl;
    }

    /** Spring Boot properties that point an application at this infrastructure. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.data.redis.url", redisUrl);
        // A test server must never listen on every interface of a shared machine.
        properties.put("server.address", "127.0.0.1");
        return properties;
    }
}
