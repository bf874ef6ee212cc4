package fr.mutualis.experience.collectivite.domain;

import java.util.Optional;

/** The members referential, as experience-service reads it. */
public interface CollectiviteDirectory {

    /**
     * @return the collectivité with this SIREN, empty if the referential does not know it
     * @throws DirectoryUnavailableException if the referential cannot answer now
     */
    Optional<Collectivite> find(String siren);

    /** @throws UnknownCollectiviteException if the referential does not know this SIREN */
    default Collectivite require(String siren) {
        return find(siren).orElseThrow(() -> new UnknownCollectiviteException(siren));
    }
}
