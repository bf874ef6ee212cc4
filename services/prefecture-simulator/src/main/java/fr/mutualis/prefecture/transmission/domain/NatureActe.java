package fr.mutualis.prefecture.transmission.domain;

import java.util.Arrays;
import java.util.Optional;

/** The natures of an acte in @CTES: the code of the envelope and the two letters ending its identifier. */
public enum NatureActe {
    DELIBERATION(1, "DE", "Délibérations"),
    ACTE_REGLEMENTAIRE(2, "AR", "Actes réglementaires"),
    ACTE_INDIVIDUEL(3, "AI", "Actes individuels"),
    CONTRAT(4, "CC", "Contrats, conventions et avenants"),
    DOCUMENT_BUDGETAIRE(5, "BF", "Documents budgétaires et financiers"),
    AUTRE(6, "AU", "Autres");

    private final int code;
    private final String letters;
    private final String label;

    NatureActe(int code, String letters, String label) {
        this.code = code;
        this.letters = letters;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The two letters ending the acte's identifier, e.g. {@code DE}. */
    public String letters() {
        return letters;
    }

    public String label() {
        return label;
    }

    public static Optional<NatureActe> ofCode(int code) {
        return Arrays.stream(values()).filter(nature -> nature.code == code).findFirst();
    }
}
