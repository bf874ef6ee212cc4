package fr.mutualis.portal.marches;

import fr.mutualis.portal.shared.layout.Labels;
import fr.mutualis.portal.shared.layout.Labels.Choice;

/** What happened to a consultation, in French: marches-service's history names each change by a code. */
final class ConsultationChange {

    static final Labels CHANGES = new Labels(
            new Choice("drafted", "Consultation créée"),
            new Choice("updated", "Brouillon modifié"),
            new Choice("dce-added", "Document ajouté au DCE"),
            new Choice("published", "Consultation publiée"),
            new Choice("dce-modified", "DCE modifié"),
            new Choice("deadline-postponed", "Date limite reportée"),
            new Choice("question-answered", "Réponse à une question"),
            new Choice("closed", "Clôture à la date limite"),
            new Choice("opened", "Ouverture des offres"),
            new Choice("awarded", "Attribution"),
            new Choice("declared-unsuccessful", "Déclarée infructueuse"),
            new Choice("abandoned", "Déclarée sans suite"));

    private ConsultationChange() {
    }
}
