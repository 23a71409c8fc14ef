package io.cloudflux.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudflux.testsupport.Infrastructure;
import io.cloudflux.testsupport.RealInfrastructure;
import io.cloudflux.testsupport.ServiceProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + GatewayApplication.NAME)
class GatewayApplicationIT {

    @LocalServerPort
    int port;

    @Test
    void shouldStartOnRealInfrastructureAndReportLiveAndReady(Infrastructure infrastructure) throws Exception {
        ServiceProbe.onPort(port).assertReadyWithOwnSchema(infrastructure, "gateway");
    }
}
