package io.cloudflux.tiering.trace;

/** The operations of trace format v1. HEAD is not a data access; DELETE ends an object's life. */
public enum Operation {
    PUT, GET, HEAD, DELETE
}
