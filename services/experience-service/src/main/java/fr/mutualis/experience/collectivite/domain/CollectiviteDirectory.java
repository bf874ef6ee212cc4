package fr.mutualis.experience.collectivite.domain;

import java.util.Optional;

/** The members referential, as experience-service reads it. */
public interface CollectiviteDirectory {

    /**
     * @return the collectivité with this SIREN, empty if the referential does not know it
     * @throws DirectoryUnavailableException if the referential cannot answer now
     */
    Optional<Collectivite> find(String siren);

    /**
     * Waits until the referential has its data (it imports the official package when it starts), for bulk loads
     * at start-up.
     *
     * @throws DirectoryUnavailableException if it is still not ready after {@code timeout}
     */
    default void awaitReady(java.time.Duration timeout) {
    }

    /** @throws UnknownCollectiviteException if the referential does not know this SIREN */
    default Collectivite require(String siren) {
        return find(siren).orElseThrow(() -> new UnknownCollectiviteException(siren));
    }
}
