package io.cloudflux.tiering.trace;

/**
 * One object of a synthetic trace, as its first PUT names it.
 *
 * @param createdDay the trace day (from its start) the object is written on
 * @param deletedDay the trace day it is deleted on, or {@link Integer#MAX_VALUE} when the trace never deletes it
 */
public record TraceObject(String key, Archetype archetype, long sizeBytes, int createdDay, int deletedDay) {
}
