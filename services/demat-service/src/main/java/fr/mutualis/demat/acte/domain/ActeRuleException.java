package fr.mutualis.demat.acte.domain;

/** A value breaks a rule of the acte: the request that carried it is at fault. */
public class ActeRuleException extends RuntimeException {

    private final String field;

    public ActeRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
