package io.cloudflux.storage.filesystem;

import java.io.IOException;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.ObjectAttributes;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.TransientException;

/** What the filesystem store keeps beside an object's data: a small properties file, replaced atomically. */
record MetaFile(String key, String revision, long size, String storageClass, Checksums checksums,
        Instant lastModified, String contentType, String contentEncoding, Map<String, String> metadata,
        boolean restored) {

    static final String SUFFIX = ".meta";
    private static final String USER = "x-meta-";

    MetaFile {
        metadata = Map.copyOf(metadata);
    }

    ArchiveState archiveState() {
        if (!FilesystemStorageAdapter.ARCHIVE_CLASS.equals(storageClass)) {
            return ArchiveState.ONLINE;
        }
        return restored ? ArchiveState.REHYDRATED : ArchiveState.ARCHIVED;
    }

    ObjectInfo toInfo(String bucket) {
        return new ObjectInfo(new ObjectKey(bucket, key), size, storageClass, revision, revision, lastModified,
                checksums, archiveState(), ObjectAttributes.of(contentType, contentEncoding, metadata));
    }

    MetaFile withStorageClass(String newClass) {
        return new MetaFile(key, revision, size, newClass, checksums, lastModified, contentType, contentEncoding,
                metadata, false);
    }

    MetaFile markRestored() {
        return new MetaFile(key, revision, size, storageClass, checksums, lastModified, contentType, contentEncoding,
                metadata, true);
    }

    /** Writes the file and forces it to disk before returning: it is renamed into place next. */
    void write(Path path) {
        Properties p = new Properties();
        p.setProperty("key", key);
        p.setProperty("revision", revision);
        p.setProperty("size", Long.toString(size));
        p.setProperty("storageClass", storageClass);
        p.setProperty("md5", checksums.md5());
        p.setProperty("crc32c", checksums.crc32c());
        p.setProperty("lastModified", lastModified.toString());
        p.setProperty("contentType", contentType);
        if (contentEncoding != null) {
            p.setProperty("contentEncoding", contentEncoding);
        }
        p.setProperty("restored", Boolean.toString(restored));
        metadata.forEach((k, v) -> p.setProperty(USER + k, v));
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
            p.store(out, null);
            out.flush();
            channel.force(true);
        }
        catch (IOException e) {
            throw new TransientException("could not write " + path, e);
        }
    }

    static Optional<MetaFile> read(Path path) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        catch (NoSuchFileException e) {
            return Optional.empty();
        }
        catch (IOException e) {
            throw new TransientException("could not read " + path, e);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(n -> n.startsWith(USER)).sorted()
                .forEach(n -> metadata.put(n.substring(USER.length()), p.getProperty(n)));
        return Optional.of(new MetaFile(p.getProperty("key"), p.getProperty("revision"),
                Long.parseLong(p.getProperty("size")), p.getProperty("storageClass"),
                new Checksums(p.getProperty("md5"), p.getProperty("crc32c"), null),
                Instant.parse(p.getProperty("lastModified")), p.getProperty("contentType"),
                p.getProperty("contentEncoding"), metadata,
                Boolean.parseBoolean(p.getProperty("restored"))));
    }
}
