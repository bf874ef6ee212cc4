package fr.mutualis.marches.consultation.domain;

/** A value the rules of a consultation refuse, named by the field the client sent. */
public class ConsultationRuleException extends RuntimeException {

    private final String field;

    public ConsultationRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
