package io.eventlens.testsupport;

/** Where a PostgreSQL database is and how to log in, as the services' datasource needs it. */
public record Database(String jdbcUrl, String username, String password) {

    @Override
    public String toString() {
        return jdbcUrl + " (user " + username + ")";
    }
}
