package fr.mutualis.portal.barometer;

import java.util.List;
import java.util.Map;

/**
 * The barometer's referential as {@code GET /api/barometre/referentiel} gives it: the six criteria in the study's
 * order, the French labels of the answers of the three multiple-choice criteria, and the profiles (their rules are
 * the service's business: the portal only names them).
 */
record Referential(List<Named> criteria, Map<String, String> axes, Map<String, String> roles,
                   Map<String, String> communicationTools, List<Named> profiles) {

    record Named(String code, String label) {
    }

    Referential {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        axes = axes == null ? Map.of() : Map.copyOf(axes);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        communicationTools = communicationTools == null ? Map.of() : Map.copyOf(communicationTools);
    }

    /** The French label of a criterion, its code if the referential does not know it. */
    String criterionLabel(String code) {
        return labelOf(criteria, code);
    }

    String profileLabel(String code) {
        return labelOf(profiles, code);
    }

    private static String labelOf(List<Named> named, String code) {
        return named.stream().filter(n -> n.code().equals(code)).map(Named::label).findFirst().orElse(code);
    }

    /** The labels of the answers of a multiple-choice criterion ({@code axes}, {@code roles}, {@code communicationTools}). */
    Map<String, String> choicesOf(String criterion) {
        return switch (criterion) {
            case "axes" -> axes;
            case "roles" -> roles;
            case "communicationTools" -> communicationTools;
            default -> Map.of();
        };
    }
}
