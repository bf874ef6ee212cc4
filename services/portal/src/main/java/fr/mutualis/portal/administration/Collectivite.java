package fr.mutualis.portal.administration;

import java.util.List;
import java.util.Map;

/**
 * A collectivité as the referential describes it ({@code GET /api/collectivites…}), with its adhesion when it is or
 * was a member (only the read by SIREN says so).
 */
record Collectivite(String siren, String kind, String name, String inseeCode, Named departement, Named region,
                    Long population, boolean removed, Adhesion member) {

    /** A département or a région. */
    record Named(String code, String name) {
    }

    /** The referential's page of a search by name. */
    record Page(List<Collectivite> items, long totalItems) {
    }

    private static final Map<String, String> KINDS = Map.of("commune", "Commune", "epci", "Intercommunalité (EPCI)",
            "departement", "Département", "region", "Région", "syndicat", "Syndicat");

    /** « Commune », « Département »… */
    public String kindLabel() {
        return KINDS.getOrDefault(kind, kind);
    }

    /** « Commune, Finistère » : enough to tell two homonyms apart. */
    public String situation() {
        return departement == null || "departement".equals(kind) ? kindLabel() : kindLabel() + ", " + departement.name();
    }
}
