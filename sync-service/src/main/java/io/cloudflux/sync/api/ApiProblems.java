package io.cloudflux.sync.api;

import java.util.List;

import io.cloudflux.platform.api.ApiProblemsAdvice;
import io.cloudflux.platform.api.FieldProblem;
import io.cloudflux.sync.clouds.UnknownAccountException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem details, the gateway's shape, and an unknown account as a refused parameter. */
@RestControllerAdvice
class ApiProblems extends ApiProblemsAdvice {

    @ExceptionHandler(UnknownAccountException.class)
    ResponseEntity<ProblemDetail> unknownAccount(UnknownAccountException e) {
        return ResponseEntity.badRequest().body(badRequest(List.of(new FieldProblem("account", e.getMessage()))));
    }
}
