package io.cloudflux.launcher.estate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The record, in the data folder, that the estate's objects on disk (S3Mock, Azurite) were all written: which version
 * of the estate, how many objects, and how many in each bucket. Written last, so a seeding cut short is done again.
 *
 * @param objects  objects of the estate, in every cloud
 * @param buckets  objects per {@code account/bucket}, in every cloud
 */
public record SeedMarker(int version, int objects, Map<String, Long> buckets) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public SeedMarker {
        buckets = Map.copyOf(buckets);
    }

    static SeedMarker of(int size, DemoEstate estate) {
        return new SeedMarker(DemoEstate.VERSION, size, estate.countsByBucket());
    }

    public static Optional<SeedMarker> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(JSON.readValue(Files.readString(file), SeedMarker.class))
                : Optional.empty();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(partial, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
