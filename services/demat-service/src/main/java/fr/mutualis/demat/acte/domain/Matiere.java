package fr.mutualis.demat.acte.domain;

import java.util.regex.Pattern;

/**
 * A matière of the collectivité's classification, e.g. {@code 1.1} "Marchés publics": level 1 (1 Commande publique
 * … 9 Autres domaines de compétences) and up to four sub-levels.
 */
public record Matiere(String code, String label) {

    private static final Pattern CODE = Pattern.compile("[1-9](\\.[0-9]{1,2}){0,4}");

    public Matiere {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ActeRuleException("matiere", "Le code matière a la forme 1, 1.1 ou 1.1.2 (niveau 1 de 1 à 9).");
        }
        if (label == null || label.isBlank()) {
            throw new ActeRuleException("matiere", "La matière n'a pas de libellé.");
        }
    }

    /** The levels of the code: {@code "7.1.2"} gives {@code ["7", "1", "2"]}. */
    public String[] levels() {
        return code.split("\\.");
    }
}
