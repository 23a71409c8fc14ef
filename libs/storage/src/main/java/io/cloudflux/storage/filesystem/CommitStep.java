package io.cloudflux.storage.filesystem;

/**
 * The steps of a filesystem commit, in order. A crash between any two leaves either the previous object or the new
 * one whole: the meta file names the current revision, and a revision's data is on disk before any meta file names
 * it, and stays until a meta file naming another revision is.
 */
enum CommitStep {
    /** The new data is in its temporary file, forced to disk. */
    DATA_DURABLE,
    /** The data is renamed to its revision's name, and the directory forced. */
    DATA_IN_PLACE,
    /** The new meta file is in its temporary file, forced to disk. */
    META_DURABLE,
    /** The meta file is renamed over the previous one, and the directory forced: the new object is visible. */
    COMMITTED,
    /** The previous revision's data is deleted. */
    PREVIOUS_REMOVED
}
