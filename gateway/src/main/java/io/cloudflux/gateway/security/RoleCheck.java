package io.cloudflux.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an {@code /api/v1} handler's {@link RequiresRole} before Spring MVC reads the request's body or parameters,
 * so that a caller without the role gets a 403 whatever it sent. Fails closed: a handler that declares neither a role
 * nor {@link PublicEndpoint} is refused to everyone.
 */
final class RoleCheck implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RoleCheck.class);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (method.hasMethodAnnotation(PublicEndpoint.class)) {
            return true;
        }
        Role required = required(method);
        if (required == null) {
            log.error("{} declares no @RequiresRole: refused to every caller", method.getShortLogMessage());
            throw new AccessDeniedException("this endpoint declares no role");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof CallerAuthentication caller) || !caller.caller().role().includes(required)) {
            throw new AccessDeniedException("this needs the " + required + " role");
        }
        return true;
    }

    /** The role a handler declares on itself or its class, or null. */
    static Role required(HandlerMethod method) {
        RequiresRole onMethod = method.getMethodAnnotation(RequiresRole.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresRole onType = method.getBeanType().getAnnotation(RequiresRole.class);
        return onType == null ? null : onType.value();
    }
}
