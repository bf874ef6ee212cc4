package fr.mutualis.search.acte.domain;

import java.util.Optional;

/** Who a collectivité is, by its SIREN (port): the members referential. */
public interface CollectiviteDirectory {

    /** @return its description, empty when it is unknown or cannot be described now */
    Optional<PublishedActe.Collectivite> describe(String siren);
}
