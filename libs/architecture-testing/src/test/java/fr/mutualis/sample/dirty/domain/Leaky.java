package fr.mutualis.sample.dirty.domain;

import java.sql.Connection;

/** Reaches the database from the domain. */
public class Leaky {

    public boolean closed(Connection connection) throws java.sql.SQLException {
        return connection.isClosed();
    }
}
