package fr.mutualis.demat.acte.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A version of a collectivité's classification of matières: each code with its label, levels 1 to 5. */
public record Classification(LocalDate version, Map<String, String> entries) {

    public Classification {
        if (version == null) {
            throw new ActeRuleException("version", "La version de la classification est une date.");
        }
        if (entries == null || entries.isEmpty() || entries.size() > 2000) {
            throw new ActeRuleException("matieres", "Une classification compte de 1 à 2 000 matières.");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        entries.forEach((code, label) -> {
            Matiere matiere = new Matiere(code, label == null ? null : label.strip());
            if (matiere.label().length() > 200) {
                throw new ActeRuleException("matieres", "Un libellé de matière compte 200 caractères au plus.");
            }
            checked.put(matiere.code(), matiere.label());
        });
        for (String code : checked.keySet()) {
            int dot = code.lastIndexOf('.');
            if (dot > 0 && !checked.containsKey(code.substring(0, dot))) {
                throw new ActeRuleException("matieres", "La matière " + code + " n'a pas de niveau parent.");
            }
        }
        entries = Map.copyOf(checked);
    }

    public Matiere matiere(String code) {
        String label = code == null ? null : entries.get(code);
        if (label == null) {
            throw new ActeRuleException("matiere", "Cette matière n'existe pas dans la classification en vigueur.");
        }
        return new Matiere(code, label);
    }
}
