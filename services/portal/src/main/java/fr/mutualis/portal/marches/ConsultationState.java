package fr.mutualis.portal.marches;

import fr.mutualis.portal.shared.layout.Labels;
import fr.mutualis.portal.shared.layout.Labels.Choice;
import java.util.List;

/** The states of a consultation as marches-service names them and as the pages say them. */
final class ConsultationState {

    static final String DRAFT = "brouillon";

    static final Labels STATES = new Labels(
            new Choice(DRAFT, "Brouillon"),
            new Choice("publiee", "Publiée, offres attendues"),
            new Choice("cloturee", "Clôturée, date limite passée"),
            new Choice("ouverte", "Offres ouvertes"),
            new Choice("attribuee", "Attribuée"),
            new Choice("infructueuse", "Infructueuse"),
            new Choice("sans-suite", "Sans suite"));

    private ConsultationState() {
    }

    /** The states a list may be filtered by: the public never sees a draft. */
    static List<Choice> choices(boolean withDrafts) {
        return STATES.choices().stream().filter(state -> withDrafts || !state.code().equals(DRAFT)).toList();
    }
}
