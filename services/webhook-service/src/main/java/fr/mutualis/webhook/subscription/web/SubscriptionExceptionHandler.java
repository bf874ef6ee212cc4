package fr.mutualis.webhook.subscription.web;

import fr.mutualis.webhook.subscription.application.DeliveryNotFoundException;
import fr.mutualis.webhook.subscription.application.ReplayStartOutOfRangeException;
import fr.mutualis.webhook.subscription.application.SubscriptionInactiveException;
import fr.mutualis.webhook.subscription.application.SubscriptionNotFoundException;
import fr.mutualis.webhook.subscription.domain.DeliveryNotDeadException;
import fr.mutualis.webhook.subscription.domain.DeliveryStatus;
import fr.mutualis.webhook.subscription.domain.EventLogUnavailableException;
import fr.mutualis.webhook.subscription.domain.InvalidSubscriptionException;
import fr.mutualis.webhook.subscription.domain.SubscriptionRules;
import fr.mutualis.webhook.subscription.domain.Violation;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of the subscription API, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubscriptionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionExceptionHandler.class);

    private final SubscriptionRules rules;

    SubscriptionExceptionHandler(SubscriptionRules rules) {
        this.rules = rules;
    }

    @ExceptionHandler
    ResponseEntity<Object> invalid(InvalidSubscriptionException ex) {
        return Problems.respond(Problems.validation(ex.violations().stream()
                .map(violation -> new FieldErrorItem(violation.field(), message(violation)))
                .toList()));
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return Problems.respond(Problems.validation(List.of(new FieldErrorItem(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<Object> replayStartOutOfRange(ReplayStartOutOfRangeException ex) {
        return Problems.respond(Problems.validation(List.of(new FieldErrorItem("from",
                "La date de départ doit être comprise entre le 1er janvier 1970 (origine des horodatages Kafka) "
                        + "et demain."))));
    }

    @ExceptionHandler
    ResponseEntity<Object> subscriptionNotFound(SubscriptionNotFoundException ex) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "Abonnement introuvable",
                "Aucun abonnement webhook n'a l'identifiant " + ex.id() + "."));
    }

    @ExceptionHandler
    ResponseEntity<Object> subscriptionInactive(SubscriptionInactiveException ex) {
        return Problems.respond(Problems.of(HttpStatus.CONFLICT, "Abonnement désactivé",
                "L'abonnement " + ex.id() + " est désactivé : plus rien ne lui est livré. Créez un nouvel abonnement "
                        + "pour reprendre les livraisons."));
    }

    @ExceptionHandler
    ResponseEntity<Object> deliveryNotFound(DeliveryNotFoundException ex) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "Livraison introuvable",
                "L'abonnement " + ex.subscriptionId() + " n'a pas de livraison " + ex.deliveryId() + "."));
    }

    @ExceptionHandler
    ResponseEntity<Object> notDead(DeliveryNotDeadException ex) {
        return Problems.respond(Problems.of(HttpStatus.CONFLICT, "Livraison non rejetée",
                "La livraison " + ex.deliveryId() + " n'est pas en lettre morte (elle est " + label(ex.status())
                        + ") : seule une lettre morte peut être relancée."));
    }

    @ExceptionHandler
    ResponseEntity<Object> eventLogUnavailable(EventLogUnavailableException ex) {
        log.warn("Replay failed: {}", ex.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "30");
        return Problems.respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Relecture momentanément impossible",
                "L'historique des événements n'a pas pu être relu entièrement. Ce qui a été relu sera livré ; "
                        + "relancez la même demande dans quelques instants pour compléter (les destinataires "
                        + "dédoublonnent sur ce-id)."), headers);
    }

    private String message(Violation violation) {
        return switch (violation.kind()) {
            case URL_MALFORMED -> "« " + Problems.excerpt(violation.rejected()) + " » n'est pas une adresse web absolue valide "
                    + "(exemple : https://integrateur.example.fr/webhooks/mutualis).";
            case URL_NOT_HTTPS -> rules.addresses().allowsLoopback()
                    ? "L'adresse doit commencer par https:// ; http:// n'est accepté que sur 127.0.0.1 ou localhost, "
                    + "pour le développement."
                    : "L'adresse doit commencer par https://.";
            case URL_PORT_INVALID -> "Le port de l'adresse doit être compris entre 1 et 65535 (ou absent : 443 "
                    + "pour https).";
            case URL_WITH_CREDENTIALS -> "L'adresse ne doit contenir ni identifiant ni mot de passe : l'authenticité "
                    + "des envois est garantie par l'en-tête Webhook-Signature.";
            case URL_INTERNAL_ADDRESS -> "L'adresse désigne une machine d'un réseau interne (boucle locale, réseau "
                    + "privé, lien local, adresse de métadonnées) : les webhooks ne sont envoyés qu'à des adresses "
                    + "publiques.";
            case TOPIC_UNKNOWN -> "Le topic « " + Problems.excerpt(violation.rejected()) + " » est inconnu. Topics disponibles : "
                    + rules.knownTopics().stream().sorted().collect(Collectors.joining(", ")) + ".";
        };
    }

    private static String label(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "en attente d'envoi";
            case DELIVERED -> "déjà livrée";
            case DEAD -> "en lettre morte";
            case CANCELLED -> "annulée";
        };
    }
}
