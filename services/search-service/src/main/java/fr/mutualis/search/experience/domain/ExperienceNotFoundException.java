package fr.mutualis.search.experience.domain;

/** The index holds no published record with this id. */
public class ExperienceNotFoundException extends RuntimeException {

    private final String id;

    public ExperienceNotFoundException(String id) {
        super("No published experience " + id + " in the index");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
