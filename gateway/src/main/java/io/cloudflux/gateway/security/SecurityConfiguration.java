package io.cloudflux.gateway.security;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The gateway's door: every {@code /api/v1} request authenticated by an API key or an OIDC bearer token (stateless,
 * no session, no cookie, hence no CSRF token), limited per caller, and checked against its handler's role; probes,
 * metrics, the API description, the dashboard's files and the live channel's handshake (it authenticates its STOMP
 * CONNECT frame) stay open.
 */
@Configuration
public class SecurityConfiguration {

    /** The {@code /api/v1} paths answered without credentials: what a client needs before it can sign in. */
    public static final List<String> PUBLIC_API = List.of("/api/v1/auth/config");

    @Bean
    SecurityFilterChain api(HttpSecurity http, CredentialAuthenticator authenticator, SecurityProperties properties,
            StringRedisTemplate redis, MeterRegistry meters) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "ApiKey realm=\"cloudflux\", Bearer realm=\"cloudflux\"");
            Problems.write(request, response, 401, "Unauthorized", e.getMessage());
        };
        AccessDeniedHandler denied = (request, response, e) ->
                Problems.write(request, response, 403, "Forbidden", e.getMessage());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .cors(cors -> cors.configurationSource(cors(properties.cors())))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .addFilterBefore(new CredentialFilter(authenticator, entryPoint), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_API.toArray(String[]::new)).permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll());
        if (properties.rateLimit().enabled()) {
            http.addFilterAfter(new RateLimitFilter(redis, properties.rateLimit().requestsPerSecond(), meters),
                    CredentialFilter.class);
        }
        return http.build();
    }

    @Bean
    CredentialAuthenticator credentialAuthenticator(ApiKeyVerifier keys, SecurityProperties properties) {
        SecurityProperties.Oidc oidc = properties.oidc();
        return new CallerAuthenticator(keys, oidc.enabled() ? new JwtCallers(jwtDecoder(oidc), oidc.rolesClaim()) : null);
    }

    /** Discovery and the JWK set wait for the first token, so that start-up never depends on the issuer. */
    private static JwtDecoder jwtDecoder(SecurityProperties.Oidc oidc) {
        String issuer = oidc.issuerUri() == null ? null : oidc.issuerUri().toString();
        OAuth2TokenValidator<Jwt> validator = issuer == null ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(issuer);
        if (oidc.audience() != null && !oidc.audience().isBlank()) {
            validator = new DelegatingOAuth2TokenValidator<>(validator, new JwtClaimValidator<List<String>>("aud",
                    aud -> aud != null && aud.contains(oidc.audience())));
        }
        OAuth2TokenValidator<Jwt> checks = validator;
        return new SupplierJwtDecoder(() -> {
            if (oidc.jwkSetUri() != null) {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri().toString()).build();
                decoder.setJwtValidator(checks);
                return decoder;
            }
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(checks);
            return decoder;
        });
    }

    /** No user store: keeps Spring Boot from generating a default user and printing its password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    WebMvcConfigurer roleChecks() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RoleCheck()).addPathPatterns("/api/**");
            }
        };
    }

    private static CorsConfigurationSource cors(SecurityProperties.Cors cors) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!cors.allowedOrigins().isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(cors.allowedOrigins());
            config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            config.setAllowedHeaders(List.of(CredentialFilter.API_KEY_HEADER, "Authorization", "Content-Type"));
            config.setExposedHeaders(List.of("Retry-After", "Location"));
            config.setAllowCredentials(false);
            config.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", config);
        }
        return source;
    }
}
