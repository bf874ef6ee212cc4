package fr.mutualis.portal.demat;

import java.util.Arrays;

/** The states of an acte as demat-service names them ({@link #code()}) and as the pages say them. */
enum ActeState {
    BROUILLON("brouillon", "Brouillon"),
    EN_CIRCUIT("en-circuit", "En circuit de signature"),
    SIGNE("signe", "Signé"),
    REJETE("rejete", "Rejeté dans le circuit"),
    TRANSMIS("transmis", "Transmis en préfecture"),
    ACQUITTE("acquitte", "Reçu en préfecture (AR)"),
    REFUSE_PAR_LA_PREFECTURE("refuse-par-la-prefecture", "Refusé par la préfecture"),
    PIECES_DEMANDEES("pieces-demandees", "Pièces complémentaires demandées"),
    PUBLIE("publie", "Publié"),
    ARCHIVE("archive", "Archivé"),
    ANNULE("annule", "Annulé");

    private final String code;
    private final String label;

    ActeState(String code, String label) {
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
                .map(ActeState::label).findFirst().orElse(code.toString());
    }

    static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(state -> state.code.equals(code));
    }
}
