package fr.mutualis.experience.collectivite.referential;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import fr.mutualis.experience.collectivite.domain.CollectiviteDirectory;
import fr.mutualis.experience.collectivite.domain.DirectoryUnavailableException;
import fr.mutualis.service.referential.CollectiviteDescriptor;
import fr.mutualis.service.referential.ReferentialClient;
import fr.mutualis.service.referential.ReferentialUnavailableException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The members referential, read from referential-service with the platform's {@link ReferentialClient}. */
@Component
class ReferentialDirectory implements CollectiviteDirectory {

    private final ReferentialClient referential;

    ReferentialDirectory(ReferentialClient referential) {
        this.referential = referential;
    }

    @Override
    public void awaitReady(Duration timeout) {
        try {
            referential.awaitReady(timeout);
        } catch (ReferentialUnavailableException e) {
            throw new DirectoryUnavailableException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<Collectivite> find(String siren) {
        try {
            return referential.collectivite(siren).map(ReferentialDirectory::collectivite);
        } catch (ReferentialUnavailableException e) {
            throw new DirectoryUnavailableException("The referential did not answer the lookup of " + siren, e);
        }
    }

    private static Collectivite collectivite(CollectiviteDescriptor d) {
        return new Collectivite(d.siren(), d.kind(), d.name(), d.inseeCode(), territory(d.departement()),
                territory(d.region()), d.population(),
                new Collectivite.Band(d.populationBand().code(), d.populationBand().label()));
    }

    private static Collectivite.Territory territory(CollectiviteDescriptor.Territory territory) {
        return territory == null ? null : new Collectivite.Territory(territory.code(), territory.name());
    }
}
