package fr.mutualis.portal.administration;

/**
 * One line of a page that shows a secret the platform will never show again (an integrator's password, a webhook's
 * signing secret). Only ever a model attribute of that one response: never in the session, never logged.
 *
 * @param secret whether the value is the secret itself (the page marks it so) rather than an identifier
 */
record ShownOnce(String label, String value, boolean secret) {
}
