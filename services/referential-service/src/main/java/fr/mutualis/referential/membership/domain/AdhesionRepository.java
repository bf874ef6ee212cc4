package fr.mutualis.referential.membership.domain;

import java.util.List;
import java.util.Optional;

/** Where adhesions are kept. Implementations join the caller's transaction. */
public interface AdhesionRepository {

    Optional<Adhesion> find(String siren);

    /** Stores the adhesion, new or one version later than the stored one. */
    void save(Adhesion adhesion, boolean demo);

    List<Adhesion> all();
}
