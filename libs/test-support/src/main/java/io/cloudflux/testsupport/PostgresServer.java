package io.cloudflux.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of this JVM, chosen once: {@code CLOUDFLUX_TEST_DATABASE_URL} when set, else the server on
 * 127.0.0.1:5432 when it answers, else a Testcontainers server when a Docker engine exists, else an embedded
 * PostgreSQL. Every test class gets a database of its own, dropped when the JVM exits.
 */
public final class PostgresServer {

    private static final String DEFAULT_HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 5432;

    private static volatile Server server;
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    private PostgresServer() {
    }

    /** Where the admin connection goes and how the test databases are reached. */
    record Server(String adminJdbcUrl, String username, String password, String description) {

        String jdbcUrlOf(String database) {
            int query = adminJdbcUrl.indexOf('?');
            String base = query < 0 ? adminJdbcUrl : adminJdbcUrl.substring(0, query);
            String params = query < 0 ? "" : adminJdbcUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
        }
    }

    /** Creates a fresh, empty database named after the test class. */
    public static TestDatabase createDatabase(String label) {
        Server s = server();
        String name = ("cf_" + label.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (name.length() > 63) {
            name = name.substring(name.length() - 63);
        }
        execute(s, "CREATE DATABASE \"" + name + "\"");
        CREATED.add(name);
        return new TestDatabase(name, s.jdbcUrlOf(name), s.username(), s.password());
    }

    /** A human-readable description of the server in use, for diagnostics. */
    public static String description() {
        return server().description();
    }

    private static Server server() {
        Server s = server;
        if (s == null) {
            synchronized (PostgresServer.class) {
                s = server;
                if (s == null) {
                    s = choose();
                    server = s;
                    Server chosen = s;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(chosen), "test-databases-cleanup"));
                }
            }
        }
        return s;
    }

    private static Server choose() {
        String url = Settings.get("CLOUDFLUX_TEST_DATABASE_URL");
        String user = orDefault(Settings.get("CLOUDFLUX_TEST_DATABASE_USER"), "postgres");
        String password = orDefault(Settings.get("CLOUDFLUX_TEST_DATABASE_PASSWORD"), "");
        if (url != null) {
            return new Server(url, user, password, "CLOUDFLUX_TEST_DATABASE_URL " + url);
        }
        if (Probes.answers(DEFAULT_HOST, DEFAULT_PORT)) {
            String local = "jdbc:postgresql://" + DEFAULT_HOST + ":" + DEFAULT_PORT + "/postgres";
            return new Server(local, user, password, "local PostgreSQL on " + DEFAULT_HOST + ":" + DEFAULT_PORT);
        }
        if (Probes.dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-stop"));
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers PostgreSQL");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
        }
        catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL for the tests: nothing answers on 127.0.0.1:5432, no Docker "
                    + "engine was found, and the embedded PostgreSQL did not start (it refuses to run as root). Start "
                    + "one, or set CLOUDFLUX_TEST_DATABASE_URL.", e);
        }
    }


    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static void dropAll(Server s) {
        for (String name : CREATED) {
            try {
                execute(s, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            }
            catch (RuntimeException e) {
                // The JVM is exiting: a database left behind is harmless and named for the class that made it.
            }
        }
    }

    private static void execute(Server s, String sql) {
        try (Connection connection = DriverManager.getConnection(s.adminJdbcUrl(), s.username(), s.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new UncheckedIOException(new IOException("PostgreSQL (" + s.description() + ") refused: " + sql, e));
        }
    }
}
