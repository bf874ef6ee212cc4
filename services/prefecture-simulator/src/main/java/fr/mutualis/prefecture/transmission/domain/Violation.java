package fr.mutualis.prefecture.transmission.domain;

/**
 * One thing wrong with a transmission.
 *
 * @param field   where: {@code enveloppe.IDActe}, {@code acte}, {@code annexes[1]}…
 * @param message what, in French, without echoing the value
 */
public record Violation(String field, String message) {
}
