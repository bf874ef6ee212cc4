package fr.mutualis.demat.acte.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What the author says of an acte, as @CTES requires it: nature, matière (in a version of the classification),
 * number (unique per collectivité and year), objet and decision date.
 */
public record ActeMetadata(Nature nature, Matiere matiere, LocalDate classificationVersion, String numero,
                           String objet, LocalDate decisionDate) {

    private static final Pattern NUMERO = Pattern.compile("[0-9A-Z_]{1,15}");
    private static final LocalDate EARLIEST = LocalDate.of(1982, 3, 2);

    public ActeMetadata {
        if (nature == null) {
            throw new ActeRuleException("nature", "La nature est obligatoire.");
        }
        if (matiere == null || classificationVersion == null) {
            throw new ActeRuleException("matiere", "La matière est obligatoire.");
        }
        if (numero == null || !NUMERO.matcher(numero).matches()) {
            throw new ActeRuleException("numero",
                    "Le numéro compte de 1 à 15 caractères : chiffres, lettres majuscules sans accent et _.");
        }
        if (objet == null || objet.isBlank() || objet.length() > 499) {
            throw new ActeRuleException("objet", "L'objet compte de 1 à 499 caractères.");
        }
        if (objet.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new ActeRuleException("objet", "L'objet tient sur une ligne, sans caractère de contrôle.");
        }
        objet = objet.strip();
        if (decisionDate == null || decisionDate.isBefore(EARLIEST)) {
            throw new ActeRuleException("dateDecision", "La date de décision est obligatoire et postérieure au 2 mars 1982.");
        }
    }

    /** Checked when the acte is created or changed, not when it is read back. */
    void checkDecisionDateNotAfter(LocalDate today) {
        if (decisionDate.isAfter(today)) {
            throw new ActeRuleException("dateDecision", "La date de décision ne peut pas être dans le futur.");
        }
    }
}
