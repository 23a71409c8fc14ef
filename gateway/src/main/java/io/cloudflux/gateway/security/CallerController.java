package io.cloudflux.gateway.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, and how a client signs in. */
@RestController
@RequestMapping("/api/v1")
class CallerController {

    private final SecurityProperties properties;

    CallerController(SecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/me")
    @RequiresRole(Role.VIEWER)
    Me me(CallerAuthentication authentication) {
        Caller caller = authentication.caller();
        return new Me(caller.name(), caller.role(), caller.via());
    }

    /** Open to all: the dashboard reads it before sign-in to know whether to offer single sign-on. */
    @GetMapping("/auth/config")
    @PublicEndpoint
    AuthConfig authConfig() {
        SecurityProperties.Oidc oidc = properties.oidc();
        boolean sso = oidc.issuerUri() != null && oidc.clientId() != null && !oidc.clientId().isBlank();
        return new AuthConfig(sso ? new AuthConfig.Sso(oidc.issuerUri().toString(), oidc.clientId(), oidc.scopes())
                : null);
    }

    record Me(String name, Role role, Caller.Via via) {
    }

    record AuthConfig(Sso oidc) {

        record Sso(String issuer, String clientId, String scopes) {
        }
    }
}
