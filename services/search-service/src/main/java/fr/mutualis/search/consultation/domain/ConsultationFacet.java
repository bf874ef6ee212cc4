package fr.mutualis.search.consultation.domain;

import fr.mutualis.search.shared.domain.SearchFacet;
import java.util.Map;
import java.util.Optional;

/**
 * The facets of the consultations search: each is filtered by its request parameter (several values OR-ed, facets
 * AND-ed) and counted on its field.
 */
public enum ConsultationFacet implements SearchFacet {
    ETAT("etat", "state", "state", "État", Labels.STATES),
    PROCEDURE("procedure", "procedure", "procedure", "Procédure", Map.of()),
    CATEGORIE("categorie", "category", "category", "Catégorie", Labels.CATEGORIES),
    /**
     * Filtered at any level of the CPV ({@code 72}, {@code 7226}, a whole code), counted by division, labelled by the
     * division's official label that the index stores beside it.
     */
    CPV("cpv", "cpvPath", "cpvDivision", "Division CPV", Map.of());

    private final String parameter;
    private final String filterField;
    private final String countField;
    private final String title;
    private final Map<String, String> labels;

    ConsultationFacet(String parameter, String filterField, String countField, String title,
                      Map<String, String> labels) {
        this.parameter = parameter;
        this.filterField = filterField;
        this.countField = countField;
        this.title = title;
        this.labels = labels;
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public String filterField() {
        return filterField;
    }

    @Override
    public String countField() {
        return countField;
    }

    /** The CPV division's label is indexed; the others come from a code list, or are the value itself. */
    @Override
    public Optional<String> labelField() {
        return this == CPV ? Optional.of("cpvDivisionLabel") : Optional.empty();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String label(String value) {
        return labels.getOrDefault(value, value);
    }

    /** French labels of the code lists the facets count. */
    public static final class Labels {

        public static final Map<String, String> STATES = SearchFacet.labels(
                "publiee", "Publiée", "cloturee", "Clôturée", "ouverte", "Plis ouverts",
                "attribuee", "Attribuée", "infructueuse", "Infructueuse", "sans-suite", "Sans suite");
        public static final Map<String, String> CATEGORIES = SearchFacet.labels(
                "travaux", "Travaux", "fournitures", "Fournitures", "services", "Services");
        private Labels() {
        }
    }
}
