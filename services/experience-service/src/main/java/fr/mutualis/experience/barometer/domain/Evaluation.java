package fr.mutualis.experience.barometer.domain;

import java.util.List;

/**
 * What the answers make of a collectivité.
 *
 * @param profile  the profile whose rules all hold, or the "non classé" pseudo-profile
 * @param nearest  for a "non classé", the profile with the fewest criteria that differ; null otherwise
 * @param criteria for the profile (or the nearest one), each criterion met or not, with the reason in French
 */
public record Evaluation(Label profile, Label nearest, List<CriterionResult> criteria) {

    public static final Label NOT_CLASSIFIED = new Label("non-classe", "Non classé");

    public Evaluation {
        criteria = List.copyOf(criteria);
    }

    public boolean classified() {
        return nearest == null;
    }

    /** A code and its French label. */
    public record Label(String code, String label) {
    }

    public record CriterionResult(String criterion, boolean met, String reason) {
    }
}
