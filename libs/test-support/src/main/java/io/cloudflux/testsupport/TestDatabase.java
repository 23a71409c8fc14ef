package io.cloudflux.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A PostgreSQL database that belongs to one test class. */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {

    /** Opens a plain JDBC connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }
}
