package fr.mutualis.sample.dirty.application;

import fr.mutualis.sample.dirty.persistence.JdbcLeaky;

/** A use case that knows its adapter. */
public class LoadLeaky {

    public String load() {
        return new JdbcLeaky().load();
    }
}
