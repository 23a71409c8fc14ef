package io.cloudflux.gateway.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at {@code /v3/api-docs}: both ways to authenticate, required on every operation. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI cloudfluxApi() {
        return new OpenAPI()
                .info(new Info().title("CloudFlux API").version("v1").description(
                        "Paged lists answer {items, page, size, total}; errors are RFC 9457 problem details, a refused "
                                + "request listing every problem in 'errors'. Roles: VIEWER reads; OPERATOR approves, "
                                + "controls migrations, ingests logs, triggers scans; ADMIN edits policies, prices and "
                                + "keys."))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key"))
                        .addSecuritySchemes("oidc", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("oidc"));
    }
}
