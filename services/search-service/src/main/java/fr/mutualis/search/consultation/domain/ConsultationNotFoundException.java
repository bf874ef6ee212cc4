package fr.mutualis.search.consultation.domain;

/** The index holds no published consultation with this id. */
public class ConsultationNotFoundException extends RuntimeException {

    private final String id;

    public ConsultationNotFoundException(String id) {
        super("No published consultation " + id + " in the index");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
