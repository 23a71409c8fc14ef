package io.cloudflux.tiering.catalog;

/**
 * A way to read data back from a class: a fee per GB, an extra fee per request on top of the read
 * request (e.g. a Glacier restore request), and the first-byte latency it buys.
 */
public record RetrievalOption(String name, Figure perGb, Figure perRequestUnit, String latency) {
}
