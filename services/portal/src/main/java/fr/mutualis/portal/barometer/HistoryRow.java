package fr.mutualis.portal.barometer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One assessment of the history as the page lists it: its date, its profile, and what changed since the one before
 * in plain French.
 */
record HistoryRow(String assessedOn, String profile, List<String> changes) {

    static List<HistoryRow> of(List<Assessment> newestFirst, Referential referential) {
        return newestFirst.stream().map(assessment -> new HistoryRow(assessment.assessedOn(), profileOf(assessment),
                changes(assessment.progress(), referential))).toList();
    }

    /** « Éclaireur », or « Non classé (le plus proche : Éclaireur) ». */
    static String profileOf(Assessment assessment) {
        if (assessment.profile() == null) {
            return "";
        }
        return assessment.classified() || assessment.nearestProfile() == null ? assessment.profile().label()
                : assessment.profile().label() + " (le plus proche : " + assessment.nearestProfile().label() + ")";
    }

    private static List<String> changes(Assessment.Progress progress, Referential referential) {
        List<String> changes = new ArrayList<>();
        if (progress == null) {
            return changes;
        }
        if (progress.previousProfile() == null) {
            changes.add("Première auto-évaluation");
            return changes;
        }
        if (progress.profileChanged()) {
            changes.add("Profil précédent : " + referential.profileLabel(progress.previousProfile()) + ".");
        }
        add(changes, "Désormais oui : ", progress.gained(), referential::criterionLabel);
        add(changes, "Désormais non : ", progress.lost(), referential::criterionLabel);
        add(changes, "Axes ajoutés : ", progress.axesAdded(), code -> labelIn(referential.axes(), code));
        add(changes, "Axes abandonnés : ", progress.axesDropped(), code -> labelIn(referential.axes(), code));
        add(changes, "Postes ajoutés : ", progress.rolesAdded(), code -> labelIn(referential.roles(), code));
        add(changes, "Outils de communication ajoutés : ", progress.communicationToolsAdded(),
                code -> labelIn(referential.communicationTools(), code));
        if (changes.isEmpty()) {
            changes.add("Aucun changement");
        }
        return changes;
    }

    private static String labelIn(Map<String, String> labels, String code) {
        return labels.getOrDefault(code, code);
    }

    private static void add(List<String> changes, String what, List<String> codes, UnaryOperator<String> label) {
        if (codes != null && !codes.isEmpty()) {
            changes.add(what + codes.stream().map(label).collect(Collectors.joining(", ")) + ".");
        }
    }
}
