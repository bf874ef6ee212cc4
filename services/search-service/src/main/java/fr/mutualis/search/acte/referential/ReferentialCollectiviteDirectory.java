package fr.mutualis.search.acte.referential;

import fr.mutualis.search.acte.domain.CollectiviteDirectory;
import fr.mutualis.search.acte.domain.PublishedActe;
import fr.mutualis.service.referential.CollectiviteDescriptor;
import fr.mutualis.service.referential.ReferentialClient;
import fr.mutualis.service.referential.ReferentialUnavailableException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collectivités described by referential-service, read with the platform's {@link ReferentialClient}. A referential
 * that cannot answer leaves the description out rather than holding the acte back: a published acte is searchable at
 * once (its SIREN filters and counts it), and its next event describes it.
 */
public class ReferentialCollectiviteDirectory implements CollectiviteDirectory {

    private static final Logger log = LoggerFactory.getLogger(ReferentialCollectiviteDirectory.class);

    private final ReferentialClient referential;

    public ReferentialCollectiviteDirectory(ReferentialClient referential) {
        this.referential = referential;
    }

    @Override
    public Optional<PublishedActe.Collectivite> describe(String siren) {
        try {
            return referential.collectivite(siren).map(ReferentialCollectiviteDirectory::collectivite);
        } catch (ReferentialUnavailableException e) {
            log.warn("Collectivité {} indexed without its description: {}", siren, e.getMessage());
            return Optional.empty();
        }
    }

    private static PublishedActe.Collectivite collectivite(CollectiviteDescriptor descriptor) {
        var departement = descriptor.departement() == null ? null
                : new PublishedActe.Territory(descriptor.departement().code(), descriptor.departement().name());
        return new PublishedActe.Collectivite(descriptor.name(), descriptor.kind(), departement);
    }
}
