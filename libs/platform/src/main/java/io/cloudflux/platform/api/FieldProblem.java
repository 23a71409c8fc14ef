package io.cloudflux.platform.api;

/** One thing wrong with a request: the field (a parameter, a body property, or null for the whole) and why. */
public record FieldProblem(String field, String message) {
}
