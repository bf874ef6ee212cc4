package fr.mutualis.web.problem;

import java.util.List;
import java.util.Objects;

/**
 * Request parameters refused, each with what is wrong: answered by {@link FrenchApiExceptionHandler} with one French
 * 400 problem listing them all. The messages for the mistakes every endpoint can receive are built here, so that they
 * read the same everywhere.
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

    /**
     * @param name  the parameter sent, as sent
     * @param where what takes the parameters, for the message: {@code la recherche d'actes}, {@code cette adresse}
     * @param known the parameters it takes, in the order the message lists them
     */
    public static FieldErrorItem unknown(String name, String where, List<String> known) {
        return new FieldErrorItem(Problems.excerpt(name), known.isEmpty()
                ? "Ce paramètre n'existe pas : " + where + " n'en prend aucun."
                : "Ce paramètre n'existe pas pour " + where + " : " + String.join(", ", known) + ".");
    }

    /** A parameter that takes one value, given {@code times} times. */
    public static FieldErrorItem repeated(String name, int times) {
        return new FieldErrorItem(name, "Le paramètre « " + name + " » ne prend qu'une valeur : il est donné "
                + times + " fois.");
    }

    /** A parameter given without a value, rather than left out. */
    public static FieldErrorItem empty(String name) {
        return new FieldErrorItem(Objects.requireNonNull(name), "Le paramètre « " + name
                + " » est vide : donnez-lui une valeur, ou retirez-le.");
    }
}
