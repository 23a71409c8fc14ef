package io.cloudflux.storage;

/** Whether an object's bytes can be read now, or must be rehydrated first. */
public enum ArchiveState {
    /** Readable now. */
    ONLINE,
    /** In an archive class: a read fails until a rehydration is started and has finished. */
    ARCHIVED,
    /** A rehydration was started and has not finished. */
    REHYDRATING,
    /** Readable now through a temporary rehydrated copy (S3 restore), while the object stays archived. */
    REHYDRATED
}
