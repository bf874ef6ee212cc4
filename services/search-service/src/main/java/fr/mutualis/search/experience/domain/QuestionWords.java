package fr.mutualis.search.experience.domain;

import java.util.regex.Pattern;

/**
 * The words that make a query a question (« comment », « quelles ») and say nothing of what is sought. Agents and élus
 * type questions; records seldom use these words, so the few that do scored highest on them (a rare word weighs the
 * most) and came first for any question, whatever its subject.
 */
public final class QuestionWords {

    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:comment|pourquoi|combien|quels?|quelles?|lequel|laquelle|lesquel(?:le)?s)"
                    + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private QuestionWords() {
    }

    /** {@code text} without its question words; {@code text} itself when nothing else would remain. */
    public static String removedFrom(String text) {
        String subject = SPACES.matcher(QUESTION_WORDS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        return subject.chars().anyMatch(Character::isLetterOrDigit) ? subject : text;
    }
}
