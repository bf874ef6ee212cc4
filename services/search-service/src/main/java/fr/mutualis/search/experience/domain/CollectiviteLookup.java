package fr.mutualis.search.experience.domain;

import java.util.Optional;

/** The members referential, as the search reads it to find the collectivités comparable to one (port). */
public interface CollectiviteLookup {

    /**
     * @param sameRegion also the same région
     * @return the peers of {@code siren}: same kind and population band; empty if the referential does not know it
     * @throws ReferentialUnavailableException if the referential cannot answer now
     */
    Optional<SearchQuery.Peers> peersOf(String siren, boolean sameRegion);
}
