package io.cloudflux.gateway.security;

import java.util.Arrays;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An authenticated {@link Caller}; its authorities are its role and every role below it. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    public CallerAuthentication(Caller caller) {
        super(Arrays.stream(Role.values()).filter(caller.role()::includes).map(Role::authority).toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }
}
