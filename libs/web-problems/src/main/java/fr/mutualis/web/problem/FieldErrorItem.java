package fr.mutualis.web.problem;

/**
 * One invalid field of a request, in the {@code errors} array of a validation problem.
 *
 * @param field   name of the field as the client sent it, e.g. {@code title} or {@code axes[1]}
 * @param message what is wrong, in French, for a person
 */
public record FieldErrorItem(String field, String message) {
}
