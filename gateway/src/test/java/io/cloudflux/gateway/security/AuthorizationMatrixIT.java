package io.cloudflux.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudflux.gateway.Api;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.apikey.ApiKeyService;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the API, read from Spring MVC's own mapping so that a new endpoint cannot escape: without credentials
 * a 401, with a role below the one it declares a 403, with that role neither.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.NAME,
                "cloudflux.gateway.security.rate-limit.enabled=false"})
class AuthorizationMatrixIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApiKeyService keys;

    final Map<Role, String> keyOf = new EnumMap<>(Role.class);
    final List<Route> routes = new ArrayList<>();

    @BeforeAll
    void readRoutesAndCreateAKeyPerRole() {
        for (Role role : Role.values()) {
            keyOf.put(role, keys.create("matrix-" + role, role, "test").key());
        }
        mappings.getHandlerMethods().forEach((info, handler) -> routes.addAll(Route.of(info, handler)));
        assertThat(routes).as("the API's routes").isNotEmpty();
    }

    @Test
    void shouldDeclareARoleOrBeListedPublicOnEveryApiRoute() {
        for (Route route : routes) {
            if (route.handler().hasMethodAnnotation(PublicEndpoint.class)) {
                assertThat(SecurityConfiguration.PUBLIC_API).as("%s is @PublicEndpoint", route).contains(route.path());
                assertThat(route.method()).as("%s: only reads may be public", route).isEqualTo("GET");
            }
            else {
                assertThat(RoleCheck.required(route.handler())).as("%s declares a @RequiresRole", route).isNotNull();
            }
        }
    }

    @Test
    void shouldAnswer401WithoutCredentialsOnEveryRouteButThePublicOnes() {
        for (Route route : routes) {
            HttpResponse<String> response = Api.onPort(port).send(route.method(), route.samplePath(), route.body());
            if (route.handler().hasMethodAnnotation(PublicEndpoint.class)) {
                assertThat(response.statusCode()).as("%s", route).isEqualTo(200);
            }
            else {
                assertThat(response.statusCode()).as("%s without credentials", route).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
        }
    }

    @Test
    void shouldAnswer401ForAnUnknownKeyOnEveryRoute() {
        String forged = "cfx_" + "A".repeat(43);
        for (Route route : routes) {
            if (!route.handler().hasMethodAnnotation(PublicEndpoint.class)) {
                HttpResponse<String> response = Api.onPort(port).withKey(forged)
                        .send(route.method(), route.samplePath(), route.body());
                assertThat(response.statusCode()).as("%s with an unknown key", route).isEqualTo(401);
            }
        }
    }

    @Test
    void shouldAnswer403ForEveryRoleBelowTheRouteAndLetItsOwnRoleThrough() {
        for (Route route : routes) {
            Role required = RoleCheck.required(route.handler());
            if (required == null) {
                continue;
            }
            for (Role role : Role.values()) {
                HttpResponse<String> response = Api.onPort(port).withKey(keyOf.get(role))
                        .send(route.method(), route.samplePath(), route.body());
                if (role.includes(required)) {
                    assertThat(response.statusCode()).as("%s as %s: %s", route, role, response.body())
                            .isNotIn(401, 403);
                }
                else {
                    assertThat(response.statusCode()).as("%s as %s", route, role).isEqualTo(403);
                    assertThat(response.body()).contains("\"status\":403");
                }
            }
        }
    }

    @Test
    void shouldRequireAtLeastOperatorForEveryRouteThatWrites() {
        for (Route route : routes) {
            if (!route.method().equals("GET")) {
                assertThat(RoleCheck.required(route.handler())).as("%s writes", route).isIn(Role.OPERATOR, Role.ADMIN);
            }
        }
    }

    record Route(String method, String path, HandlerMethod handler) {

        static List<Route> of(RequestMappingInfo info, HandlerMethod handler) {
            List<Route> routes = new ArrayList<>();
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/v1")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method.name(), path, handler));
                }
            }
            return routes;
        }

        /** The path with each variable filled with a value of a plausible shape. */
        String samplePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        /** An empty JSON object for methods that carry a body: enough to reach the role check. */
        String body() {
            return method.equals("GET") || method.equals("DELETE") ? null : "{}";
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
