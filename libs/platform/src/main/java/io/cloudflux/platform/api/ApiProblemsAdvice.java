package io.cloudflux.platform.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's one error shape: RFC 9457 problem details; a refused request lists every problem it has in {@code errors}
 * as {@code {"field":…,"message":…}}. Each service's {@code @RestControllerAdvice} extends it with its own exceptions.
 */
public abstract class ApiProblemsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    protected ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return ResponseEntity.badRequest().body(badRequest(e.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    protected ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not Found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    protected ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> problems.add(of(error)));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(null, error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(badRequest(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                problems.add(new FieldProblem(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(badRequest(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The parser's message names the line and column, never more of the body than the offending token.
        String why = e.getMostSpecificCause().getMessage();
        String first = why == null ? "unreadable body" : why.lines().findFirst().orElse(why);
        return ResponseEntity.badRequest().body(badRequest(List.of(new FieldProblem(null, "body: " + first))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String type = e.getRequiredType() == null ? "the expected type" : e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(badRequest(List.of(
                new FieldProblem(e.getPropertyName(), "'" + e.getValue() + "' is not a valid " + type))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(List.of(
                new FieldProblem(e.getParameterName(), "is required"))));
    }

    /** A 400 listing every problem of the request in {@code errors}. */
    public static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? "1 problem in the request" : problems.size() + " problems in the request");
        problem.setTitle("Bad Request");
        problem.setProperty("errors", problems);
        return problem;
    }

    private static FieldProblem of(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }
}
