package io.cloudflux.gateway.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Reads the caller of an OIDC bearer token: its signature, issuer, lifetime and audience checked by the decoder. */
final class JwtCallers {

    private final JwtDecoder decoder;
    private final String[] rolesClaim;

    JwtCallers(JwtDecoder decoder, String rolesClaim) {
        this.decoder = decoder;
        this.rolesClaim = rolesClaim.split("\\.");
    }

    Caller caller(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        }
        catch (JwtException e) {
            throw new BadCredentialsException("invalid bearer token: " + firstLine(e.getMessage()));
        }
        Role role = highestRole(claim(jwt.getClaims())).orElseThrow(() -> new BadCredentialsException(
                "the bearer token names no CloudFlux role in its '" + String.join(".", rolesClaim) + "' claim"));
        String name = Optional.ofNullable(jwt.getClaimAsString("preferred_username"))
                .or(() -> Optional.ofNullable(jwt.getClaimAsString("email")))
                .orElse(jwt.getSubject());
        return new Caller("oidc:" + jwt.getIssuer() + "#" + jwt.getSubject(), name, role, Caller.Via.OIDC);
    }

    private Object claim(Map<String, Object> claims) {
        Object value = claims;
        for (String part : rolesClaim) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    static Optional<Role> highestRole(Object claim) {
        Stream<String> names;
        if (claim instanceof Collection<?> list) {
            names = list.stream().map(String::valueOf);
        }
        else if (claim instanceof String text) {
            names = Arrays.stream(text.trim().split("\\s+"));
        }
        else {
            return Optional.empty();
        }
        return names.map(JwtCallers::role).flatMap(Optional::stream).max(Enum::compareTo);
    }

    private static Optional<Role> role(String name) {
        String bare = name.toUpperCase(Locale.ROOT).replaceFirst("^(ROLE_|CLOUDFLUX-)", "");
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(bare)).findFirst();
    }

    private static String firstLine(String message) {
        return message == null ? "rejected" : message.lines().findFirst().orElse("rejected");
    }
}
