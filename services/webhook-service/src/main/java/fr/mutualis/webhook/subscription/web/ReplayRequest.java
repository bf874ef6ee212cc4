package fr.mutualis.webhook.subscription.web;

import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /api/webhooks/subscriptions/{id}/replay}.
 *
 * @param from ISO 8601 date-time with an offset, e.g. {@code 2026-11-22T08:00:00Z}: events published at or after it
 *             are delivered again
 */
public record ReplayRequest(@NotBlank(message = "La date de départ (from) est obligatoire.") String from) {
}
