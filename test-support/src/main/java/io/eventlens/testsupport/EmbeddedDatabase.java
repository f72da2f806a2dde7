package io.eventlens.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky's embedded binaries, PostgreSQL 15) run as a child process, with
 * a login role and a database for the services. Nothing needs installing: the binaries come from
 * Maven. With {@code keepData} the data directory survives restarts (the local run); otherwise it
 * is wiped on start (tests).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Database database;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Database database) {
        this.postgres = postgres;
        this.database = database;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 = any free port) with its data in {@code dataDir}, and
     * makes sure role {@code name} (password {@code password}) owns a database {@code name}.
     */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean keepData, String name, String password) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setPort(port == 0 ? KafkaBroker.freePort() : port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns synchronous commits off for speed; data that is kept between runs
                    // (the local run) must survive a crash like a real database's, so turn them back on
                    .setServerConfig("synchronous_commit", keepData ? "on" : "off")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                ensureRoleAndDatabase(c, name, password);
            }
            Database database = new Database("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name, name, password);
            return new EmbeddedDatabase(postgres, database);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start (data directory " + dataDir + ")", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL started but the role/database " + name
                    + " could not be created", e);
        }
    }

    private static void ensureRoleAndDatabase(Connection c, String name, String password) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database and role names are plain lower-case identifiers, got " + name);
        }
        try (Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", name)) {
                s.execute("create role " + name + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", name)) {
                s.execute("create database " + name + " owner " + name);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    public Database database() {
        return database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
