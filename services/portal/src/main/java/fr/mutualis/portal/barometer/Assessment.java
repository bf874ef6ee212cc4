package fr.mutualis.portal.barometer;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * A self-assessment as experience-service gives it (its history, newest first), or a simulation's result: then only
 * the verdict is there.
 *
 * @param nearestProfile for a "non classé", the profile it comes nearest to (the simulation calls it {@code nearest})
 * @param criteria       for the profile (or the nearest one), each criterion met or not, with the reason in French
 */
record Assessment(String id, String assessedOn, Collectivite collectivite, Answers answers, Label profile,
                  @JsonAlias("nearest") Label nearestProfile, List<CriterionResult> criteria, Progress progress) {

    static final String NOT_CLASSIFIED = "non-classe";

    Assessment {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    record Label(String code, String label) {
    }

    record CriterionResult(String criterion, boolean met, String reason) {
    }

    record Answers(Boolean strategicPlan, Boolean digitalElu, List<String> axes, List<String> roles, Boolean monitoring,
                   List<String> communicationTools) {
    }

    /** What changed since the assessment before; {@code previousProfile} is null for the first one. */
    record Progress(String previousProfile, boolean profileChanged, List<String> gained, List<String> lost,
                    List<String> axesAdded, List<String> axesDropped, List<String> rolesAdded,
                    List<String> communicationToolsAdded) {
    }

    record Collectivite(String siren, String kind, String name, PopulationBand populationBand) {
    }

    record PopulationBand(String code, String label) {
    }

    boolean classified() {
        return profile != null && !NOT_CLASSIFIED.equals(profile.code());
    }

    boolean meets(String criterion) {
        return criteria.stream().anyMatch(result -> result.criterion().equals(criterion) && result.met());
    }
}
