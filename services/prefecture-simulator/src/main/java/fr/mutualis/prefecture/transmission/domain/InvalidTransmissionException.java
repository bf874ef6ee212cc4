package fr.mutualis.prefecture.transmission.domain;

import java.util.List;

/** A transmission the préfecture cannot take as sent: its envelope or files are wrong. */
public class InvalidTransmissionException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidTransmissionException(List<Violation> violations) {
        super("Invalid transmission: " + violations.size() + " violation(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
