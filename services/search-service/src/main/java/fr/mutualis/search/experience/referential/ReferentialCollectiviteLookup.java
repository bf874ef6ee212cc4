package fr.mutualis.search.experience.referential;

import fr.mutualis.search.experience.domain.CollectiviteLookup;
import fr.mutualis.search.experience.domain.ReferentialUnavailableException;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.service.referential.CollectiviteDescriptor;
import fr.mutualis.service.referential.ReferentialClient;
import java.util.Optional;

/** The peers of a collectivité, from its descriptor read with the platform's {@link ReferentialClient}. */
public class ReferentialCollectiviteLookup implements CollectiviteLookup {

    private final ReferentialClient referential;

    public ReferentialCollectiviteLookup(ReferentialClient referential) {
        this.referential = referential;
    }

    @Override
    public Optional<SearchQuery.Peers> peersOf(String siren, boolean sameRegion) {
        if (!siren.matches("[0-9]{9}")) {
            return Optional.empty();
        }
        try {
            return referential.collectivite(siren).map(collectivite -> peers(siren, collectivite, sameRegion));
        } catch (fr.mutualis.service.referential.ReferentialUnavailableException e) {
            throw new ReferentialUnavailableException(e.getMessage(), e);
        }
    }

    private static SearchQuery.Peers peers(String siren, CollectiviteDescriptor collectivite, boolean sameRegion) {
        String region = collectivite.region() == null ? null : collectivite.region().code();
        return new SearchQuery.Peers(siren, collectivite.kind(), collectivite.populationBand().code(),
                sameRegion ? region : null);
    }
}
