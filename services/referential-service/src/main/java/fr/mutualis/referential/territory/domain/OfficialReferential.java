package fr.mutualis.referential.territory.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of the official referential: its entities with the populations of EPCI, départements and régions
 * computed from their communes, and the membership of communes in EPCI.
 *
 * @param version  the package version, e.g. {@code 6.0.0}
 * @param members  EPCI SIREN → SIRENs of its communes
 */
public record OfficialReferential(String version, List<Territory> territories, Map<String, List<String>> members) {

    public OfficialReferential {
        territories = List.copyOf(territories);
        members = Map.copyOf(members);
    }

    /** Each territory's band: fixed for communes, terciles of its kind otherwise. */
    public Map<String, PopulationBand> bands() {
        Map<Kind, PopulationBand.Terciles> terciles = new HashMap<>();
        for (Kind kind : List.of(Kind.EPCI, Kind.DEPARTEMENT, Kind.REGION)) {
            terciles.put(kind, PopulationBand.terciles(kind, territories.stream().filter(t -> t.kind() == kind)
                    .mapToLong(Territory::population).toArray()));
        }
        Map<String, PopulationBand> bands = new HashMap<>();
        for (Territory territory : territories) {
            bands.put(territory.key(), switch (territory.kind()) {
                case COMMUNE -> PopulationBand.ofCommune(territory.population());
                case SYNDICAT -> PopulationBand.NOT_APPLICABLE;
                default -> terciles.get(territory.kind()).of(territory.population());
            });
        }
        return bands;
    }
}
