package io.cloudflux.gateway.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code /api/v1} handler answered without credentials. Only what a client needs before it can sign in belongs here;
 * {@link SecurityConfiguration#PUBLIC_API} lists the paths, and the authorization matrix test keeps the two in step.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicEndpoint {
}
