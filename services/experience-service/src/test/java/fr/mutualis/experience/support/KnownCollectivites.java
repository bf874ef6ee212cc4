package fr.mutualis.experience.support;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import fr.mutualis.experience.collectivite.domain.CollectiviteDirectory;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for referential-service in this module's tests (the end-to-end tests use the real one): it knows every
 * SIREN but {@link #UNKNOWN}, with a few real descriptors and a plausible one for the others.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KnownCollectivites {

    /** A valid SIREN (La Poste's) that this referential does not know. */
    public static final String UNKNOWN = "356000000";

    private static final Map<String, Collectivite> REAL = Map.of(
            "223300013", new Collectivite("223300013", "departement", "Gironde", "33",
                    new Collectivite.Territory("33", "Gironde"), new Collectivite.Territory("75", "Nouvelle-Aquitaine"),
                    1_654_970L, new Collectivite.Band("tercile-3", "Départements les plus peuplés (tiers supérieur)")),
            "219400025", new Collectivite("219400025", "commune", "Alfortville", "94002",
                    new Collectivite.Territory("94", "Val-de-Marne"), new Collectivite.Territory("11", "Île-de-France"),
                    44_000L, new Collectivite.Band("20000-49999", "De 20 000 à 49 999 habitants")));

    @Bean
    @Primary
    CollectiviteDirectory knownCollectivites() {
        return siren -> UNKNOWN.equals(siren) ? Optional.empty() : Optional.of(REAL.getOrDefault(siren,
                new Collectivite(siren, "commune", "Commune " + siren, null, null, null, 5_000L,
                        new Collectivite.Band("3500-9999", "De 3 500 à 9 999 habitants"))));
    }
}
