package fr.mutualis.sample.dirty.web;

import fr.mutualis.sample.dirty.persistence.JdbcLeaky;

/** A controller that reads the database adapter itself. */
public class LeakyController {

    public String get() {
        return new JdbcLeaky().load();
    }
}
