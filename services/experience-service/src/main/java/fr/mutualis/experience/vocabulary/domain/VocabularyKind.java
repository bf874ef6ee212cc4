package fr.mutualis.experience.vocabulary.domain;

import java.util.Arrays;
import java.util.Optional;

/** What an entry says about its terms; {@link #code()} is the API's and the event's value. */
public enum VocabularyKind {
    /** Terms that mean the same: a query with one finds the records that use another. */
    SYNONYMS("synonymes"),
    /** An acronym (sigle) and its expansion: « ENT » and « espace numérique de travail ». */
    ACRONYM("sigle"),
    /** A word matched as written (accents and case aside, plural too), never by its stem: « numérique » ≠ « numéro ». */
    PROTECTED_WORD("mot-protege");

    private final String code;

    VocabularyKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<VocabularyKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
