package io.cloudflux.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class RedisRoundTripIT {

    @Test
    void shouldSetAndGetAValue(Infrastructure infrastructure) {
        RedisClient client = RedisClient.create(infrastructure.redisUrl());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            String key = "test-support:" + UUID.randomUUID();
            connection.sync().setex(key, 60, "frozen");

            assertThat(connection.sync().get(key)).isEqualTo("frozen");
            connection.sync().del(key);
        }
        finally {
            client.shutdown();
        }
    }
}
