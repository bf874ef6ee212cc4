package fr.mutualis.experience.barometer.domain;

import java.util.Set;
import java.util.TreeSet;

/** An answer is not one of the study's codes. */
public class UnknownAnswerException extends IllegalArgumentException {

    private final String criterion;
    private final String value;
    private final Set<String> known;

    public UnknownAnswerException(String criterion, String value, Set<String> known) {
        super("Unknown " + criterion + " '" + value + "'");
        this.criterion = criterion;
        this.value = value;
        this.known = new TreeSet<>(known);
    }

    public String criterion() {
        return criterion;
    }

    public String value() {
        return value;
    }

    public Set<String> known() {
        return known;
    }
}
