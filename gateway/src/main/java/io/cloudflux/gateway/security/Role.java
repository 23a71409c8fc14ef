package io.cloudflux.gateway.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a caller may do, each role including the ones below it: VIEWER reads; OPERATOR approves recommendations,
 * controls migrations, ingests logs and triggers scans; ADMIN edits policies, the price catalog and API keys.
 */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** The Spring Security authority of this role, {@code ROLE_<name>}. */
    public SimpleGrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** True when this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }
}
