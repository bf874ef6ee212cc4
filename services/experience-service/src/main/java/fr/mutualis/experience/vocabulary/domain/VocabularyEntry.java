package fr.mutualis.experience.vocabulary.domain;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One entry of the domain vocabulary: its terms, trimmed and with single spaces, in the administrator's spelling.
 *
 * @throws VocabularyRuleException when the terms do not fit the kind (see {@link VocabularyKind})
 */
public record VocabularyEntry(UUID id, VocabularyKind kind, List<String> terms) {

    public static final int MAX_TERM_LENGTH = 80;
    public static final int MAX_SYNONYMS = 10;
    /** Letters and digits, with the spaces, hyphens, apostrophes and dots that French terms hold. */
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N} '’.\\-]*[\\p{L}\\p{N}.])?");
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    public VocabularyEntry {
        terms = terms.stream().map(term -> term.strip().replaceAll("\\s+", " ")).toList();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            if (term.length() > MAX_TERM_LENGTH || !TERM.matcher(term).matches()) {
                throw new VocabularyRuleException("terms[" + i + "]", "Un terme compte de 1 à " + MAX_TERM_LENGTH
                        + " caractères : lettres, chiffres, espaces, traits d'union, apostrophes et points, et "
                        + "commence par une lettre ou un chiffre.");
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            if (!seen.add(fold(terms.get(i)))) {
                throw new VocabularyRuleException("terms[" + i + "]", "Le terme « " + terms.get(i)
                        + " » figure deux fois dans l'entrée.");
            }
        }
        switch (kind) {
            case SYNONYMS -> {
                if (terms.size() < 2 || terms.size() > MAX_SYNONYMS) {
                    throw new VocabularyRuleException("terms", "Des synonymes sont de 2 à " + MAX_SYNONYMS
                            + " termes de même sens.");
                }
            }
            case ACRONYM -> {
                if (terms.size() != 2 || !ONE_WORD.matcher(terms.get(0)).matches() || terms.get(0).length() > 12
                        || !terms.get(1).contains(" ")) {
                    throw new VocabularyRuleException("terms", "Un sigle est deux termes : le sigle, en un mot de 12 "
                            + "caractères au plus (« ENT »), puis sa forme développée en plusieurs mots (« espace "
                            + "numérique de travail »).");
                }
            }
            case PROTECTED_WORD -> {
                if (terms.size() != 1 || !ONE_WORD.matcher(terms.get(0)).matches()) {
                    throw new VocabularyRuleException("terms", "Un mot protégé est un seul mot, sans espace ni "
                            + "trait d'union (« numérique »).");
                }
            }
        }
    }

    /** The term as the search compares it: lowercase, without accents. */
    public static String fold(String term) {
        return DIACRITICS.matcher(Normalizer.normalize(term, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
