package fr.mutualis.sample.dirty.persistence;

public class JdbcLeaky {

    public String load() {
        return "row";
    }
}
