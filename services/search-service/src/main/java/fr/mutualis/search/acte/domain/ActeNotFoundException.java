package fr.mutualis.search.acte.domain;

/** The index holds no published acte with this id. */
public class ActeNotFoundException extends RuntimeException {

    private final String id;

    public ActeNotFoundException(String id) {
        super("No published acte " + id + " in the index");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
