package io.cloudflux.sync.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;
import org.junit.jupiter.api.Test;

class ObservationTest {

    private static final Instant T = Instant.parse("2025-06-01T00:00:00Z");
    private static final Checksums MD5 = new Checksums("9e107d9d372bb6826bd81d3542a419d6", null, null);
    private static final CatalogEntry ENTRY = new CatalogEntry("id-1", "acct", Location.s3("b", "k"), 10, "STANDARD",
            "etag-1", "v1", MD5, T, T, T, T, ObjectState.PRESENT);

    @Test
    void shouldTreatAClassChangeAsNoContentChange() {
        Observation seen = new Observation("acct", ENTRY.location(), 10, "GLACIER_IR", "etag-1", null, MD5, T);

        assertThat(seen.contentDiffersFrom(ENTRY)).isFalse();
        assertThat(seen.differsFrom(ENTRY)).isTrue();
    }

    @Test
    void shouldSeeAChangedEtagSizeOrChecksumButIgnoreWhatTheListingDidNotReport() {
        assertThat(new Observation("acct", ENTRY.location(), 10, "STANDARD", "etag-2", null, Checksums.NONE, T)
                .contentDiffersFrom(ENTRY)).isTrue();
        assertThat(new Observation("acct", ENTRY.location(), 11, "STANDARD", null, null, Checksums.NONE, T)
                .contentDiffersFrom(ENTRY)).isTrue();
        assertThat(new Observation("acct", ENTRY.location(), 10, "STANDARD", null, null,
                new Checksums("e4d909c290d0fb1ca068ffaddf22cbd0", null, null), T).contentDiffersFrom(ENTRY)).isTrue();
        assertThat(new Observation("acct", ENTRY.location(), 10, "STANDARD", null, null, Checksums.NONE, T)
                .contentDiffersFrom(ENTRY)).isFalse();
    }

    @Test
    void shouldMatchContentOnlyOnSizeAndASharedChecksumAndNeverForEmptyObjects() {
        Location elsewhere = Location.gcs("other", "k");
        assertThat(new Observation("acct", elsewhere, 10, "STANDARD", null, null, MD5, T).sameContentAs(ENTRY))
                .isTrue();
        assertThat(new Observation("acct", elsewhere, 10, "STANDARD", null, null,
                new Checksums(null, "e3069283", null), T).sameContentAs(ENTRY)).as("no shared algorithm").isFalse();
        CatalogEntry empty = new CatalogEntry("id-2", "acct", Location.s3("b", "e"), 0, "STANDARD", null, null,
                new Checksums("d41d8cd98f00b204e9800998ecf8427e", null, null), T, T, T, T, ObjectState.PRESENT);
        assertThat(new Observation("acct", elsewhere, 0, "STANDARD", null, null, empty.checksums(), T)
                .sameContentAs(empty)).isFalse();
    }
}
