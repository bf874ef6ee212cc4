package fr.mutualis.webhook.web;

/**
 * One invalid field of a request, in the {@code errors} array of a validation problem.
 *
 * @param field   path of the field as the client sent it, e.g. {@code url} or {@code topics[1]}
 * @param message what is wrong, in French, for a person
 */
public record FieldErrorItem(String field, String message) {
}
