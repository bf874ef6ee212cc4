package fr.mutualis.demat.acte.domain;

import java.util.Arrays;

/** Where an acte is in its life; {@link #code()} is the contract's and the API's name. */
public enum ActeState {
    DRAFTED("brouillon", "Brouillon"),
    IN_CIRCUIT("en-circuit", "En circuit de signature"),
    SIGNED("signe", "Signé"),
    REJECTED("rejete", "Rejeté dans le circuit"),
    TRANSMITTED("transmis", "Transmis en préfecture"),
    ACKNOWLEDGED("acquitte", "Reçu en préfecture (AR)"),
    REFUSED_BY_PREFECTURE("refuse-par-la-prefecture", "Refusé par la préfecture"),
    COMPLEMENT_REQUESTED("pieces-demandees", "Pièces complémentaires demandées"),
    PUBLISHED("publie", "Publié"),
    ARCHIVED("archive", "Archivé"),
    CANCELLED("annule", "Annulé");

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

    /** Public: anyone may read it, its documents and its text. */
    public boolean isPublic() {
        return this == PUBLISHED || this == ARCHIVED;
    }

    /** Its metadata and documents may still change. */
    public boolean isEditable() {
        return this == DRAFTED || this == REJECTED || this == REFUSED_BY_PREFECTURE;
    }

    public static ActeState ofCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst()
                .orElseThrow(() -> new ActeRuleException("etat", "État inconnu."));
    }
}
