package io.cloudflux.tiering.trace;

/** The workload archetypes of the synthetic traces; docs/traces.md describes each and its parameters. */
public enum Archetype {
    /** User uploads (photos, videos) read a lot at first, then less and less, with a thin long tail. */
    MEDIA,
    /** Nightly backups: written once, HEAD-verified the next day, rarely restored, rotated after 35/90 days. */
    BACKUP,
    /** Daily warehouse partitions read by ETL, then daily, weekly and monthly jobs, then ad hoc. */
    ANALYTICS,
    /** Static assets and thumbnails with Zipf popularity that drifts, most of them small. */
    HOTSET,
    /** Project files, busy for a few days, then dormant until (for some projects) the team comes back. */
    DORMANT
}
