package io.cloudflux.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the demo uses: the configured URL ({@code CLOUDFLUX_DATABASE_URL}) when set, else the server on 127.0.0.1:5432 when it
 * answers, else an embedded PostgreSQL keeping its data under the data folder. The database {@code cloudflux} is
 * created when missing; each service keeps its own schema in it.
 */
final class LocalPostgres implements AutoCloseable {

    static final String DATABASE = "cloudflux";

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String description;
    private final EmbeddedPostgres embedded;

    private LocalPostgres(String jdbcUrl, String username, String password, String description,
            EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.description = description;
        this.embedded = embedded;
    }

    static LocalPostgres findOrStart(String configured, Path dataDir) throws IOException, SQLException {
        String username = env("CLOUDFLUX_DATABASE_USER", "postgres");
        String password = env("CLOUDFLUX_DATABASE_PASSWORD", "");
        if (configured != null && !configured.isBlank()) {
            return new LocalPostgres(configured, username, password, configured, null);
        }
        if (answers("127.0.0.1", 5432)) {
            ensureDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", username, password);
            return new LocalPostgres("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, username, password,
                    "PostgreSQL on 127.0.0.1:5432", null);
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres embedded;
        try {
            embedded = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(5433)
                    .start();
        }
        catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Nothing answers on 127.0.0.1:5432 and the embedded PostgreSQL did not start"
                    + " (PostgreSQL refuses to run as root). Start a PostgreSQL server (Debian: apt-get install "
                    + "postgresql) or set CLOUDFLUX_DATABASE_URL.", e);
        }
        ensureDatabase(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        return new LocalPostgres(embedded.getJdbcUrl("postgres", DATABASE), "postgres", "",
                "embedded PostgreSQL on 127.0.0.1:5433 (data in " + dataDir + ")", embedded);
    }

    private static void ensureDatabase(String adminUrl, String username, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + DATABASE);
            }
        }
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
