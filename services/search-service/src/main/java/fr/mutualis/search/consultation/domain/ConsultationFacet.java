package fr.mutualis.search.consultation.domain;

import fr.mutualis.procurement.cpv.CpvNomenclature;
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
    /** Filtered at any level of the CPV ({@code 72}, {@code 7226}, a whole code), counted by division. */
    CPV("cpv", "cpvPath", "cpvDivision", "Division CPV", Labels.CPV_DIVISIONS);

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

    /** Every label comes from a code list, or is the value itself (the DECP's procedures are labels). */
    @Override
    public Optional<String> labelField() {
        return Optional.empty();
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
        /** The divisions of the CPV 2008 with their French labels, from the official list the marchés service checks. */
        public static final Map<String, String> CPV_DIVISIONS = cpvDivisions();

        private static Map<String, String> cpvDivisions() {
            CpvNomenclature cpv = CpvNomenclature.standard();
            Map<String, String> divisions = new java.util.LinkedHashMap<>();
            for (int division = 0; division < 100; division++) {
                String digits = String.format(java.util.Locale.ROOT, "%02d", division);
                cpv.find(digits + "000000").ifPresent(code -> divisions.put(digits, code.label()));
            }
            return java.util.Collections.unmodifiableMap(divisions);
        }

        private Labels() {
        }
    }
}
