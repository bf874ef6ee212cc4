package fr.mutualis.prefecture.transmission.domain;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where an acte stands in the préfecture's classification of matières: level 1 (e.g. 1, commande publique), then
 * down to level 5 (e.g. 1.1, marchés publics).
 *
 * @param levels the codes of levels 1, 2… in order, at least level 1
 */
public record Classification(List<Integer> levels) {

    /** A matière as configured: its level-1 code, or its codes down to some level, dotted ({@code 9}, {@code 1.1}). */
    private static final Pattern MATIERE = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,2}){0,4}");

    public Classification {
        if (levels == null || levels.isEmpty() || levels.size() > 5) {
            throw new IllegalArgumentException("A classification has 1 to 5 levels");
        }
        levels = List.copyOf(levels);
    }

    /** E.g. {@code 1.1}. */
    public String code() {
        return levels.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    public static Classification parse(String code) {
        if (!isMatiere(code)) {
            throw new IllegalArgumentException("Not a matière code: " + code);
        }
        return new Classification(java.util.Arrays.stream(code.split("\\.")).map(Integer::valueOf).toList());
    }

    public static boolean isMatiere(String code) {
        return code != null && MATIERE.matcher(code).matches();
    }

    /** Whether this acte falls under {@code matiere}: its level-1 code, or its codes down to a deeper level. */
    public boolean isUnder(String matiere) {
        if (!isMatiere(matiere)) {
            return false;
        }
        List<Integer> prefix = parse(matiere).levels();
        return prefix.size() <= levels.size() && levels.subList(0, prefix.size()).equals(prefix);
    }
}
