package fr.mutualis.search.experience.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The facets of the search: each filters on one field of the record and counts its values. The request parameter is
 * the facet's {@link #parameter()}; several values of one facet are OR-ed, facets are AND-ed.
 */
public enum Facet {
    AXIS("axis", "axes", null, "Axe du baromètre", Labels.AXES),
    ACTION_CATEGORY("actionCategory", "actionCategory", null, "Catégorie d'action", Labels.CATEGORIES),
    POLICY_DOMAIN("policyDomain", "policyDomains", null, "Domaine de politique publique", Labels.DOMAINS),
    STEP("step", "step", null, "Étape", Labels.STEPS),
    KIND("kind", "collectivite.kind", null, "Type de collectivité", Labels.KINDS),
    REGION("region", "collectivite.region.code", "collectivite.region.name", "Région", Map.of()),
    DEPARTEMENT("departement", "collectivite.departement.code", "collectivite.departement.name", "Département", Map.of()),
    POPULATION_BAND("populationBand", "collectivite.populationBand.code", "collectivite.populationBand.label",
            "Tranche de population", Map.of()),
    /** Not a field of the record: the latest profile of its collectivité, looked up in the barometer's index. */
    PROFILE("profile", "siren", null, "Profil au baromètre", Labels.PROFILES),
    BUDGET_BAND("budgetBand", "budgetBand", null, "Budget", Labels.BUDGETS),
    YEAR("year", "year", null, "Année", Map.of());

    private final String parameter;
    private final String field;
    private final String labelField;
    private final String title;
    private final Map<String, String> labels;

    Facet(String parameter, String field, String labelField, String title, Map<String, String> labels) {
        this.parameter = parameter;
        this.field = field;
        this.labelField = labelField;
        this.title = title;
        this.labels = labels;
    }

    public String parameter() {
        return parameter;
    }

    /** The indexed field it filters and counts. */
    public String field() {
        return field;
    }

    /** The indexed field holding the French label of a value, when labels come with the data. */
    public Optional<String> labelField() {
        return Optional.ofNullable(labelField);
    }

    public String title() {
        return title;
    }

    /** The French label of a value, from the code list; the value itself when the list does not know it. */
    public String label(String value) {
        return labels.getOrDefault(value, value);
    }

    /** Whether the value may be asked: any value for facets whose values come with the data. */
    public boolean accepts(String value) {
        if (this == YEAR) {
            return value.matches("[12][0-9]{3}");
        }
        return labels.isEmpty() ? !value.isBlank() && value.length() <= 100 : labels.containsKey(value);
    }

    public static Optional<Facet> byParameter(String parameter) {
        return Arrays.stream(values()).filter(facet -> facet.parameter.equals(parameter)).findFirst();
    }
}
