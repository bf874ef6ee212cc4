package fr.mutualis.web.problem;

import java.util.List;

/**
 * Request parameters refused, each with what is wrong: answered by {@link FrenchApiExceptionHandler} with one French
 * 400 problem listing them all. The mistakes every endpoint can receive are found by {@link AcceptedParameters}, so
 * that they read the same everywhere.
 */
public class InvalidParametersException extends RuntimeException {

    private final transient List<FieldErrorItem> errors;

    public InvalidParametersException(List<FieldErrorItem> errors) {
        super("Invalid parameters: " + errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldErrorItem> errors() {
        return errors;
    }
}
