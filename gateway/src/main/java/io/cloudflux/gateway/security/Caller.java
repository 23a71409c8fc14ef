package io.cloudflux.gateway.security;

/**
 * Who is calling, once their credentials are checked.
 *
 * @param id stable and unique per credential ({@code key:<uuid>} or {@code oidc:<issuer>#<subject>}): what the rate
 *     limit counts by
 * @param name what people read: the key's name, or the token's preferred username
 */
public record Caller(String id, String name, Role role, Via via) {

    /** How the caller proved who they are. */
    public enum Via { API_KEY, OIDC }
}
