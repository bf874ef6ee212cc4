package fr.mutualis.demat.acte.domain;

import java.util.Arrays;

/** The nature of an acte as @CTES codes it: its number and the two letters that end the acte's identifier. */
public enum Nature {
    DELIBERATION(1, "DE", "Délibérations"),
    ACTE_REGLEMENTAIRE(2, "AR", "Actes réglementaires"),
    ACTE_INDIVIDUEL(3, "AI", "Actes individuels"),
    CONTRAT(4, "CC", "Contrats, conventions et avenants"),
    DOCUMENT_BUDGETAIRE(5, "BF", "Documents budgétaires et financiers"),
    AUTRE(6, "AU", "Autres");

    private final int code;
    private final String abbreviation;
    private final String label;

    Nature(int code, String abbreviation, String label) {
        this.code = code;
        this.abbreviation = abbreviation;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public String label() {
        return label;
    }

    public static Nature ofCode(int code) {
        return Arrays.stream(values()).filter(nature -> nature.code == code).findFirst()
                .orElseThrow(() -> new ActeRuleException("nature",
                        "La nature doit être un code de 1 à 6 (1 Délibérations … 6 Autres)."));
    }
}
