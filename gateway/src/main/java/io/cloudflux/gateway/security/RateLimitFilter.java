package io.cloudflux.gateway.security;

import java.io.IOException;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each authenticated caller to a number of requests per second, counted in Redis in one-second windows so that
 * every gateway replica shares the budget; over it, a 429 with {@code Retry-After}. When Redis does not answer the
 * request goes through (counted in {@code cloudflux.gateway.rate.limit.unchecked}): an outage of the limiter must not
 * become an outage of the API.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    /** INCR and, on the window's first request, its expiry, atomically; answers the window's count. */
    private static final RedisScript<Long> WINDOW = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n
            """, Long.class);

    private final StringRedisTemplate redis;
    private final int perSecond;
    private final Counter refused;
    private final Counter unchecked;

    RateLimitFilter(StringRedisTemplate redis, int perSecond, MeterRegistry meters) {
        this.redis = redis;
        this.perSecond = perSecond;
        this.refused = meters.counter("cloudflux.gateway.rate.limit.refused");
        this.unchecked = meters.counter("cloudflux.gateway.rate.limit.unchecked");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof CallerAuthentication caller)) {
            chain.doFilter(request, response);
            return;
        }
        long second = System.currentTimeMillis() / 1000;
        Long count;
        try {
            count = redis.execute(WINDOW, List.of("cloudflux:gateway:rate:" + caller.caller().id() + ":" + second),
                    "2000");
        }
        catch (RuntimeException e) {
            unchecked.increment();
            log.warn("rate limit not checked, Redis did not answer: {}", e.toString());
            chain.doFilter(request, response);
            return;
        }
        if (count != null && count > perSecond) {
            refused.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(request, response, 429, "Too Many Requests",
                    "more than " + perSecond + " requests in one second for this caller; retry after 1 s");
            return;
        }
        chain.doFilter(request, response);
    }
}
