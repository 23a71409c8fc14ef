package io.cloudflux.storage.copy;

/** The three links of a verified copy's chain, from the source's stored bytes to the target's. */
public enum Link {
    /** The bytes read are the bytes the source keeps (of the version that was seen). */
    SOURCE,
    /** The bytes read are the bytes the target's adapter received. */
    TRANSFER,
    /** The bytes the target's adapter received are the bytes the target stores. */
    TARGET
}
