package fr.mutualis.demat.acte.domain;

/** The classifications of the collectivités, each versioned; the @CTES default until one declares its own. */
public interface ClassificationRepository {

    Classification current(String siren);

    /** A new version; an older version than the current one is refused. */
    void add(String siren, Classification classification);
}
