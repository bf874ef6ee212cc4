package fr.mutualis.webhook.subscription.web;

import fr.mutualis.webhook.subscription.domain.SubscriptionDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/webhooks/subscriptions}. The shape is checked here; what the URL and the topics may be is
 * the domain's rule ({@link fr.mutualis.webhook.subscription.domain.SubscriptionRules}).
 *
 * @param integrator who receives the events
 * @param url        https endpoint the events are POSTed to
 * @param topics     e.g. {@code ["mutualis.experience.events"]}
 * @param eventTypes optional filter on {@code ce-type}, e.g. {@code ["experience.record.created"]}
 */
public record SubscriptionRequest(
        @NotBlank(message = "Le nom de l'intégrateur est obligatoire.")
        @Size(max = 200, message = "Le nom de l'intégrateur ne doit pas dépasser {max} caractères.")
        String integrator,

        @NotBlank(message = "L'adresse de réception (url) est obligatoire.")
        @Size(max = 2048, message = "L'adresse de réception ne doit pas dépasser {max} caractères.")
        String url,

        @NotEmpty(message = "Indiquez au moins un topic.")
        @Size(max = 20, message = "Un abonnement porte sur {max} topics au plus.")
        List<@NotBlank(message = "Un topic ne peut pas être vide.") String> topics,

        @Size(max = 50, message = "Le filtre porte sur {max} types d'événements au plus.")
        List<@NotBlank(message = "Un type d'événement ne peut pas être vide.")
             @Size(max = 200, message = "Un type d'événement ne doit pas dépasser {max} caractères.") String> eventTypes) {

    SubscriptionDraft toDraft() {
        return new SubscriptionDraft(integrator, url, topics, eventTypes);
    }
}
