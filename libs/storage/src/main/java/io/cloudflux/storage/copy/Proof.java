package io.cloudflux.storage.copy;

/** How one {@link Link} of a verified copy was proven, or that it was not. */
public enum Proof {
    /** {@link Link#SOURCE}: a checksum the source stores equals the same checksum of the bytes read. */
    SOURCE_CHECKSUM,
    /**
     * {@link Link#SOURCE}: the source keeps no checksum; a second read of the same version gave the same CRC32C
     * (only under {@link VerifiedCopy.Policy#requireEveryLink()}).
     */
    SOURCE_READ_BACK,
    /** {@link Link#SOURCE}: the source keeps no checksum and nothing else was asked: not proven. */
    NOT_PROVEN,
    /** {@link Link#TRANSFER}: the CRC32C computed while reading equals the one the target's put computed. */
    STREAM_CRC32C,
    /** {@link Link#TARGET}: the provider's answer to the put carried checksums it computed, and they agreed. */
    PUT_RESPONSE,
    /**
     * {@link Link#TARGET}: the provider checked every part against the checksum sent with it and committed exactly
     * this upload's parts (an Azure block list of its own uncommitted blocks).
     */
    PARTS_CHECKED_BY_PROVIDER,
    /** {@link Link#TARGET}: the target's head carried checksums its provider computed, and they agreed. */
    STORED_CHECKSUMS,
    /** {@link Link#TARGET}, or {@link Link#SOURCE} through the target: the target was read back and checksummed. */
    TARGET_READ_BACK
}
