package fr.mutualis.portal.marches;

import java.util.Map;

/** What happened to a consultation, in French: marches-service's history names each change by a code. */
final class ConsultationChange {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("drafted", "Consultation créée"),
            Map.entry("updated", "Brouillon modifié"),
            Map.entry("dce-added", "Document ajouté au DCE"),
            Map.entry("published", "Consultation publiée"),
            Map.entry("dce-modified", "DCE modifié"),
            Map.entry("deadline-postponed", "Date limite reportée"),
            Map.entry("question-answered", "Réponse à une question"),
            Map.entry("closed", "Clôture à la date limite"),
            Map.entry("opened", "Ouverture des offres"),
            Map.entry("awarded", "Attribution"),
            Map.entry("declared-unsuccessful", "Déclarée infructueuse"),
            Map.entry("abandoned", "Déclarée sans suite"));

    private ConsultationChange() {
    }

    /** The French label of a change code; an unknown code (a newer service) is shown as it came. */
    static String labelOf(Object code) {
        return code == null ? "" : LABELS.getOrDefault(code.toString(), code.toString());
    }
}
