package fr.mutualis.marches.consultation.domain;

import java.util.Arrays;

/**
 * brouillon → publiee → cloturee (the deadline passed) → ouverte (the buyer opened the bids) → attribuee |
 * infructueuse | sans-suite. A published consultation may also be declared sans suite before its deadline.
 */
public enum ConsultationState {
    BROUILLON("brouillon"),
    PUBLIEE("publiee"),
    CLOTUREE("cloturee"),
    OUVERTE("ouverte"),
    ATTRIBUEE("attribuee"),
    INFRUCTUEUSE("infructueuse"),
    SANS_SUITE("sans-suite");

    private final String code;

    ConsultationState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Seen by everyone: every state but the draft. */
    public boolean isPublic() {
        return this != BROUILLON;
    }

    public static ConsultationState ofCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst()
                .orElseThrow(() -> new ConsultationRuleException("etat", "Cet état n'existe pas ; "
                        + "états possibles : brouillon, publiee, cloturee, ouverte, attribuee, infructueuse, sans-suite."));
    }
}
