package io.cloudflux.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationTest {

    /** Fixed so that a failure can be reproduced; the case's name shows the text that failed. */
    private static final long SEED = 20250314L;

    /** Characters that have tripped URI code before: reserved, escaping, whitespace, non-ASCII, supplementary. */
    private static final String[] TRICKY = {
            "/", "//", " ", "%", "%2F", "%25", "+", "?", "#", "&", "=", ":", "@", ";", ",", "'", "\"", "\\", "~",
            ".", "..", "*", "[", "]", "{", "}", "|", "^", "`", "<", ">", "\t", "\n", "\r", "\u0000", "\u007f",
            "é", "e\u0301", "ß", "日本語", "Ω", "\u00a0", "\u200b", "\u202e", "\u2028", "\ufeff", "😀", "𝄞",
            "a", "Z", "0", "-", "_", "logs", "2025"
    };

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("s3://acme-logs/2025/03/app.log", Location.s3("acme-logs", "2025/03/app.log")),
                Arguments.of("azure://acmeprod/backups/db/full.bak", Location.azure("acmeprod", "backups", "db/full.bak")),
                Arguments.of("gs://acme-archive/a/b/c", Location.gcs("acme-archive", "a/b/c")),
                Arguments.of("file://local/bucket-1/some/key.txt", Location.file("local", "bucket-1", "some/key.txt")),
                Arguments.of("s3://b/my%20file%2Bv2%3F.txt", Location.s3("b", "my file+v2?.txt")),
                Arguments.of("s3://b/caf%C3%A9/%F0%9F%98%80", Location.s3("b", "café/😀")),
                Arguments.of("s3://b//leading/and/trailing/", Location.s3("b", "/leading/and/trailing/")),
                Arguments.of("s3://b/100%25", Location.s3("b", "100%")),
                Arguments.of("file://%2Fvar%2Flib%2Fcloudflux/b/k", Location.file("/var/lib/cloudflux", "b", "k")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldParseAndPrintTheUriFormOfEachProvider(String uri, Location location) {
        assertThat(Location.parse(uri)).isEqualTo(location);
        assertThat(location.toString()).isEqualTo(uri);
    }

    static Stream<Arguments> trickyLocations() {
        Random random = new Random(SEED);
        Stream<String> singles = Stream.of(TRICKY);
        Stream<String> mixes = IntStream.range(0, 300).mapToObj(i -> randomText(random, 1 + random.nextInt(12)));
        return Stream.concat(singles, mixes).flatMap(text -> Stream.of(
                Arguments.of(Location.s3("bucket", text)),
                Arguments.of(Location.gcs("b" + text, "k" + text)),
                Arguments.of(Location.azure("acct" + text, "container" + text, text)),
                Arguments.of(Location.file(text.isBlank() ? "root" : text, "bucket", "dir/" + text))));
    }

    @ParameterizedTest
    @MethodSource("trickyLocations")
    void shouldReadBackEveryPrintedLocationEqual(Location location) {
        String printed = location.toString();

        assertThat(Location.parse(printed)).isEqualTo(location);
        assertThat(printed).matches("\\p{ASCII}+").doesNotContain(" ");
        URI uri = URI.create(printed);
        assertThat(uri.getScheme()).isEqualTo(location.provider().scheme());
    }

    @ParameterizedTest
    @MethodSource("trickyLocations")
    void shouldCarryEveryLocationAsItsUriStringInJson(Location location) {
        String json = EventJson.mapper().writeValueAsString(location);

        assertThat(json).isEqualTo("\"" + location + "\"");
        assertThat(EventJson.mapper().readValue(json, Location.class)).isEqualTo(location);
    }

    @Test
    void shouldReadWhatAPersonTypesIntoTheCanonicalForm() {
        Location typed = Location.parse("S3://b/my file é.txt");

        assertThat(typed).isEqualTo(Location.s3("b", "my file é.txt"));
        assertThat(typed.toString()).isEqualTo("s3://b/my%20file%20%C3%A9.txt");
        assertThat(Location.parse("s3://b/caf%c3%a9")).isEqualTo(Location.s3("b", "café"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "bucket/key", "://b/k", "http://b/k", "s3://", "s3://bucket-only", "s3:///key", "s3://b/",
            "azure://acct/container", "azure://acct//blob", "file://root/bucket",
            "s3://b/100%", "s3://b/%zz", "s3://b/%C3%28", "s3://%20/k"})
    void shouldRefuseWhatIsNotALocationNamingTheInput(String text) {
        assertThatThrownBy(() -> Location.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid location '" + text + "': ");
    }

    @Test
    void shouldRefuseTextThatHasNoUtf8Form() {
        assertThatThrownBy(() -> Location.s3("b", "half \uD83D pair"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'key' has a lone surrogate at index 5");
    }

    @Test
    void shouldNameAnAccountOnlyWhereTheProviderHasOne() {
        assertThatThrownBy(() -> new Location(Provider.AWS, "acct", "b", "k"))
                .hasMessage("field 'account' must be absent for provider AWS");
        assertThatThrownBy(() -> new Location(Provider.AZURE, null, "c", "k"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("missing required field 'account'");
        assertThatThrownBy(() -> Location.s3(" ", "k"))
                .hasMessage("field 'bucket' must not be blank");
        assertThatThrownBy(() -> Location.s3("b", ""))
                .hasMessage("field 'key' must not be empty");
    }

    @Test
    void shouldKnowEachProviderByItsScheme() {
        assertThat(List.of(Provider.values())).allSatisfy(provider ->
                assertThat(Provider.fromScheme(provider.scheme())).isEqualTo(provider));
        assertThat(Provider.fromScheme("GS")).isEqualTo(Provider.GCP);
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(4) == 0 ? randomCodePoint(random) : TRICKY[random.nextInt(TRICKY.length)]);
        }
        return text.toString();
    }

    /** Any code point outside the surrogate range: those cannot stand alone in well-formed text. */
    private static String randomCodePoint(Random random) {
        int codePoint;
        do {
            codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
        } while (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return Character.toString(codePoint);
    }
}
