package fr.mutualis.portal.marches;

import java.util.Arrays;
import java.util.List;

/** The states of a consultation as marches-service names them ({@link #code()}) and as the pages say them. */
enum ConsultationState {
    BROUILLON("brouillon", "Brouillon"),
    PUBLIEE("publiee", "Publiée, offres attendues"),
    CLOTUREE("cloturee", "Clôturée, date limite passée"),
    OUVERTE("ouverte", "Offres ouvertes"),
    ATTRIBUEE("attribuee", "Attribuée"),
    INFRUCTUEUSE("infructueuse", "Infructueuse"),
    SANS_SUITE("sans-suite", "Sans suite");

    private final String code;
    private final String label;

    ConsultationState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The label of a state code; an unknown code (a newer service) is shown as it came. */
    static String labelOf(Object code) {
        return code == null ? "" : Arrays.stream(values()).filter(state -> state.code.equals(code.toString()))
                .map(ConsultationState::label).findFirst().orElse(code.toString());
    }

    /** The states a list may be filtered by: the public never sees a draft. */
    static List<ConsultationState> choices(boolean withDrafts) {
        return Arrays.stream(values()).filter(state -> withDrafts || state != BROUILLON).toList();
    }
}
