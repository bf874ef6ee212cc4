package fr.mutualis.search.acte.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facets of the actes search: each is filtered by its request parameter (several values OR-ed, facets AND-ed)
 * and counted on its field.
 */
public enum ActeFacet {
    NATURE("nature", "nature.abbreviation", "nature.abbreviation", null, "Nature de l'acte", Labels.NATURES),
    /** Filtered at any level of the classification ({@code 5} or {@code 5.7}), counted at its first level. */
    MATIERE("matiere", "matiere.path", "matiere.level1", null, "Matière", Labels.MATIERES),
    COLLECTIVITE("siren", "siren", "siren", "collectivite.name.keyword", "Collectivité", Map.of());

    private final String parameter;
    private final String filterField;
    private final String countField;
    private final String labelField;
    private final String title;
    private final Map<String, String> labels;

    ActeFacet(String parameter, String filterField, String countField, String labelField, String title,
              Map<String, String> labels) {
        this.parameter = parameter;
        this.filterField = filterField;
        this.countField = countField;
        this.labelField = labelField;
        this.title = title;
        this.labels = labels;
    }

    public String parameter() {
        return parameter;
    }

    public String filterField() {
        return filterField;
    }

    public String countField() {
        return countField;
    }

    /** The indexed field holding a value's label, when labels come with the data (collectivités' names). */
    public Optional<String> labelField() {
        return Optional.ofNullable(labelField);
    }

    public String title() {
        return title;
    }

    /** The French label of a value from the code list, the value itself when the list does not know it. */
    public String label(String value) {
        return labels.getOrDefault(value, value);
    }

    /** French labels of the @CTES code lists the facets count. */
    public static final class Labels {

        /** Natures by abbreviation (@CTES codes 1 to 6, in order). */
        public static final Map<String, String> NATURES = ordered(
                "DE", "Délibérations", "AR", "Actes réglementaires", "AI", "Actes individuels",
                "CC", "Contrats, conventions et avenants", "BF", "Documents budgétaires et financiers",
                "AU", "Autres");
        /** First level of the @CTES classification of matières. */
        public static final Map<String, String> MATIERES = ordered(
                "1", "Commande publique", "2", "Urbanisme", "3", "Domaine et patrimoine", "4", "Fonction publique",
                "5", "Institutions et vie politique", "6", "Libertés publiques et pouvoirs de police",
                "7", "Finances locales", "8", "Domaines de compétences par thèmes",
                "9", "Autres domaines de compétences");

        private Labels() {
        }

        private static Map<String, String> ordered(String... codesAndLabels) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < codesAndLabels.length; i += 2) {
                labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
            }
            return java.util.Collections.unmodifiableMap(labels);
        }
    }
}
