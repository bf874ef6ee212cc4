package fr.mutualis.search.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A facet of a public search (actes, consultations): filtered by its request parameter, several values OR-ed and
 * facets AND-ed, and counted on its field, each facet without its own filter (multi-select).
 */
public interface SearchFacet {

    /** The request parameter that filters on it, also its name in the answer. */
    String parameter();

    /** The indexed field its filter matches. */
    String filterField();

    /** The indexed field whose values it counts. */
    String countField();

    /** The indexed field holding a value's label, when labels come with the data (names of collectivités). */
    Optional<String> labelField();

    /** Its French title. */
    String title();

    /** The French label of a value, the value itself when its code list does not know it. */
    String label(String value);

    /** A code list in its order: {@code labels("DE", "Délibérations", "AR", "Actes réglementaires")}. */
    static Map<String, String> labels(String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
