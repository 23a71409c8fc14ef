package io.cloudflux.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class UploadSourceTest {

    private static final TransferSettings SMALL = new TransferSettings(100, 40);

    @Test
    void shouldHandOutAnUnknownLengthSourceInWholePartsAfterLookingAhead() {
        byte[] bytes = TestContent.bytes(250, 1);
        UploadSource source = new UploadSource(TestContent.ofUnknownLength(bytes), StorageAdapter.UNKNOWN_LENGTH,
                SMALL, "test");

        assertThat(source.fitsOneRequest()).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = source.newPartBuffer();
        int parts = 0;
        for (int n = source.readPart(buffer); n > 0; n = source.readPart(buffer)) {
            out.write(buffer, 0, n);
            parts++;
        }

        assertThat(out.toByteArray()).isEqualTo(bytes);
        assertThat(parts).isEqualTo(7);
        assertThat(source.checksums()).isEqualTo(TestContent.checksumsOf(bytes));
    }

    @Test
    void shouldSendAnUnknownLengthSourceThatEndsWithinOnePartInOneRequest() {
        byte[] bytes = TestContent.bytes(40, 2);
        UploadSource source = new UploadSource(TestContent.ofUnknownLength(bytes), StorageAdapter.UNKNOWN_LENGTH,
                SMALL, "test");

        assertThat(source.fitsOneRequest()).isTrue();
        assertThat(source.readAll()).isEqualTo(bytes);
        assertThat(source.checksums()).isEqualTo(TestContent.checksumsOf(bytes));
    }

    @Test
    void shouldComputeOnlyTheCrc32cWhenNoMd5IsWanted() throws Exception {
        byte[] bytes = TestContent.bytes(90, 3);
        UploadSource source = new UploadSource(new ByteArrayInputStream(bytes), bytes.length, SMALL, "test", false);

        assertThat(source.streamAll().readAllBytes()).isEqualTo(bytes);
        assertThat(source.checksums().md5()).isNull();
        assertThat(source.checksums().crc32c()).isEqualTo(TestContent.checksumsOf(bytes).crc32c());
    }

    @Test
    void shouldFailASourceThatEndsBeforeItsAnnouncedLength() {
        UploadSource source = new UploadSource(new ByteArrayInputStream(new byte[150]), 160, SMALL, "test");
        byte[] buffer = source.newPartBuffer();

        assertThatThrownBy(() -> {
            while (source.readPart(buffer) > 0) {
                // drain
            }
        }).isInstanceOf(TransientException.class).hasMessageContaining("150 of 160");
    }

    @Test
    void shouldFailAReadThatEndsBeforeTheExpectedLength() {
        InputStream cut = new ExpectedLengthInputStream(new ByteArrayInputStream(new byte[10]), 11, "get x");

        assertThatThrownBy(cut::readAllBytes).isInstanceOf(TransientException.class)
                .hasMessageContaining("10 of 11");
    }
}
