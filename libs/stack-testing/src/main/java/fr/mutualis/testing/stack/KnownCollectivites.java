package fr.mutualis.testing.stack;

import fr.mutualis.service.referential.CollectiviteDescriptor;
import fr.mutualis.service.referential.CollectiviteDescriptor.PopulationBand;
import fr.mutualis.service.referential.CollectiviteDescriptor.Territory;
import fr.mutualis.service.referential.ReferentialClient;
import java.util.Map;
import java.util.Optional;

/**
 * A referential that knows three real collectivités as referential-service describes them, for a service's tests that
 * need no referential of their own (the end-to-end tests use the real one).
 */
public final class KnownCollectivites implements ReferentialClient {

    public static final String GIRONDE = "223300013";
    public static final String BORDEAUX = "213300635";
    public static final String BECHEREL = "213500226";

    private static final Map<String, CollectiviteDescriptor> KNOWN = Map.of(
            GIRONDE, new CollectiviteDescriptor(GIRONDE, "departement", "Département de la Gironde", "33",
                    new Territory("33", "Gironde"), new Territory("75", "Nouvelle-Aquitaine"), 1_654_970L,
                    new PopulationBand("tercile-3", "Départements les plus peuplés")),
            BORDEAUX, new CollectiviteDescriptor(BORDEAUX, "commune", "Bordeaux", "33063", new Territory("33", "Gironde"),
                    new Territory("75", "Nouvelle-Aquitaine"), 261_804L,
                    new PopulationBand("50000-plus", "50 000 habitants et plus")),
            BECHEREL, new CollectiviteDescriptor(BECHEREL, "commune", "Bécherel", "35022",
                    new Territory("35", "Ille-et-Vilaine"), new Territory("53", "Bretagne"), 700L,
                    new PopulationBand("moins-3500", "Moins de 3 500 habitants")));

    @Override
    public Optional<CollectiviteDescriptor> collectivite(String siren) {
        return Optional.ofNullable(KNOWN.get(siren));
    }

    @Override
    public Optional<CollectiviteDescriptor> commune(String inseeCode) {
        return KNOWN.values().stream().filter(known -> "commune".equals(known.kind()))
                .filter(known -> inseeCode.equals(known.inseeCode())).findFirst();
    }

    @Override
    public Optional<Health> readiness() {
        return Optional.of(new Health("UP"));
    }
}
