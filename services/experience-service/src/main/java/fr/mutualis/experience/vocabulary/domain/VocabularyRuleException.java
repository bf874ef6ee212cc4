package fr.mutualis.experience.vocabulary.domain;

/** An entry breaks a rule of its kind; {@code field} names the request's field, the message is the French answer. */
public class VocabularyRuleException extends RuntimeException {

    private final String field;

    public VocabularyRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
