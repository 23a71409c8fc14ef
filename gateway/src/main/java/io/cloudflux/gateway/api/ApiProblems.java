package io.cloudflux.gateway.api;

import io.cloudflux.gateway.services.ServiceRejectedException;
import io.cloudflux.gateway.services.ServiceUnavailableException;
import io.cloudflux.platform.api.ApiProblemsAdvice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem details, and the gateway's own: a service down is a 503, a service's refusal its own answer. */
@RestControllerAdvice
class ApiProblems extends ApiProblemsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e) {
        log.warn("{} unavailable: {}", e.service(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Service Unavailable");
        problem.setProperty("service", e.service());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(ServiceRejectedException.class)
    ResponseEntity<String> rejected(ServiceRejectedException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(e.body());
    }
}
