package fr.mutualis.demat.acte.persistence;

import fr.mutualis.demat.acte.domain.Collectivites;
import fr.mutualis.service.referential.CollectiviteDescriptor;
import fr.mutualis.service.referential.ReferentialClient;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The département of a collectivité's préfecture, from referential-service: its own département, or for a région
 * (which spans several) the département of its chef-lieu, where the préfecture de région sits.
 */
@Component
class ReferentialCollectivites implements Collectivites {

    private static final Map<String, String> REGION_PREFECTURES = Map.ofEntries(
            Map.entry("01", "971"), Map.entry("02", "972"), Map.entry("03", "973"), Map.entry("04", "974"),
            Map.entry("06", "976"), Map.entry("11", "075"), Map.entry("24", "045"), Map.entry("27", "021"),
            Map.entry("28", "076"), Map.entry("32", "059"), Map.entry("44", "067"), Map.entry("52", "044"),
            Map.entry("53", "035"), Map.entry("75", "033"), Map.entry("76", "031"), Map.entry("84", "069"),
            Map.entry("93", "013"), Map.entry("94", "02A"));

    private final ReferentialClient referential;

    ReferentialCollectivites(ReferentialClient referential) {
        this.referential = referential;
    }

    @Override
    public Optional<String> prefectureDepartement(String siren) {
        return referential.collectivite(siren).flatMap(ReferentialCollectivites::departementOf);
    }

    private static Optional<String> departementOf(CollectiviteDescriptor collectivite) {
        if (collectivite.departement() != null && collectivite.departement().code() != null) {
            String code = collectivite.departement().code();
            return Optional.of(code.length() == 2 ? "0" + code : code);
        }
        return Optional.ofNullable(collectivite.region()).map(CollectiviteDescriptor.Territory::code)
                .map(REGION_PREFECTURES::get);
    }
}
