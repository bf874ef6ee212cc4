package fr.mutualis.search.acte.domain;

import fr.mutualis.search.shared.domain.SearchFacet;
import java.util.Map;
import java.util.Optional;

/**
 * The facets of the actes search: each is filtered by its request parameter (several values OR-ed, facets AND-ed)
 * and counted on its field.
 */
public enum ActeFacet implements SearchFacet {
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

    @Override
    public Optional<String> labelField() {
        return Optional.ofNullable(labelField);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String label(String value) {
        return labels.getOrDefault(value, value);
    }

    /** French labels of the @CTES code lists the facets count. */
    public static final class Labels {

        /** Natures by abbreviation (@CTES codes 1 to 6, in order). */
        public static final Map<String, String> NATURES = SearchFacet.labels(
                "DE", "Délibérations", "AR", "Actes réglementaires", "AI", "Actes individuels",
                "CC", "Contrats, conventions et avenants", "BF", "Documents budgétaires et financiers",
                "AU", "Autres");
        /** First level of the @CTES classification of matières. */
        public static final Map<String, String> MATIERES = SearchFacet.labels(
                "1", "Commande publique", "2", "Urbanisme", "3", "Domaine et patrimoine", "4", "Fonction publique",
                "5", "Institutions et vie politique", "6", "Libertés publiques et pouvoirs de police",
                "7", "Finances locales", "8", "Domaines de compétences par thèmes",
                "9", "Autres domaines de compétences");

        private Labels() {
        }
    }
}
