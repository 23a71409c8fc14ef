package io.cloudflux.gateway.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least role an {@code /api/v1} handler needs. Checked before the request's arguments are read, so a caller without
 * the role learns nothing from validation; an API handler with neither this nor {@link PublicEndpoint} is refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {

    Role value();
}
