package fr.mutualis.search.benchmark.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The latest self-assessment of a collectivité at the barometer, as the benchmark views count it.
 *
 * @param version     the collectivité's number of assessments: the index keeps the highest
 * @param profile     profile code, e.g. {@code eclaireur} or {@code non-classe}
 * @param axes        the axes it is engaged in
 * @param criteriaMet the criteria of its profile it meets
 * @param collectivite the referential's descriptor (kind, région, population band…) as plain JSON values
 */
public record Assessment(String siren, long version, String assessedOn, String profile, List<String> axes,
                         List<String> criteriaMet, Map<String, Object> collectivite, boolean demo) {

    public Assessment {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(profile, "profile");
        axes = List.copyOf(axes);
        criteriaMet = List.copyOf(criteriaMet);
        collectivite = Map.copyOf(collectivite);
    }
}
