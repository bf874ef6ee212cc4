package fr.mutualis.webhook.subscription.web;

import fr.mutualis.webhook.subscription.application.ManageSubscriptions;
import fr.mutualis.webhook.subscription.application.ReplayEvents;
import fr.mutualis.webhook.subscription.domain.Subscription;
import fr.mutualis.web.problem.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The syndicate administrator's API of webhook subscriptions. */
@RestController
@RequestMapping("/api/webhooks/subscriptions")
class SubscriptionController {

    static final int MAX_PAGE_SIZE = 200;
    /** Bounds the offset (page × size) far below int overflow: two million dead letters are more than any retention. */
    static final int MAX_PAGE = 10_000;
    static final String PAGE_RANGE = "Le numéro de page doit être compris entre 0 et " + MAX_PAGE + ".";

    private final ManageSubscriptions manageSubscriptions;
    private final ReplayEvents replayEvents;

    SubscriptionController(ManageSubscriptions manageSubscriptions, ReplayEvents replayEvents) {
        this.manageSubscriptions = manageSubscriptions;
        this.replayEvents = replayEvents;
    }

    /** 201 with the signing secret, shown this once; the answer must not be cached anywhere. */
    @PostMapping(consumes = "application/json")
    ResponseEntity<CreatedSubscriptionResponse> create(@Valid @RequestBody SubscriptionRequest request) {
        Subscription subscription = manageSubscriptions.create(request.toDraft());
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(subscription.id()))
                .cacheControl(CacheControl.noStore())
                .body(CreatedSubscriptionResponse.of(subscription));
    }

    @GetMapping
    Map<String, List<SubscriptionResponse>> list() {
        return Map.of("subscriptions", manageSubscriptions.list().stream().map(SubscriptionResponse::of).toList());
    }

    @GetMapping("/{id}")
    SubscriptionResponse get(@PathVariable UUID id) {
        return SubscriptionResponse.of(manageSubscriptions.get(id));
    }

    /** Deactivates: the subscription stays listed, receives nothing more, and its pending deliveries are cancelled. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable UUID id) {
        manageSubscriptions.deactivate(id);
    }

    /** 202: the events are scheduled for delivery, not delivered yet. */
    @PostMapping(path = "/{id}/replay", consumes = "application/json")
    ResponseEntity<ReplayResponse> replay(@PathVariable UUID id, @Valid @RequestBody ReplayRequest request) {
        Instant from = parseFrom(request.from());
        return ResponseEntity.accepted().body(ReplayResponse.of(replayEvents.replay(id, from)));
    }

    @GetMapping("/{id}/dead-letters")
    Map<String, Object> deadLetters(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0")
            @Min(value = 0, message = PAGE_RANGE) @Max(value = MAX_PAGE, message = PAGE_RANGE) int page,
            @RequestParam(defaultValue = "50")
            @Min(value = 1, message = "La taille de page doit être comprise entre 1 et " + MAX_PAGE_SIZE + ".")
            @Max(value = MAX_PAGE_SIZE,
                    message = "La taille de page doit être comprise entre 1 et " + MAX_PAGE_SIZE + ".") int size) {
        List<DeliveryResponse> deadLetters = manageSubscriptions.deadLetters(id, page * size, size).stream()
                .map(DeliveryResponse::of).toList();
        return Map.of("deadLetters", deadLetters, "page", page, "size", size);
    }

    /** 202: the dead letter is due again at once, with a full set of attempts. */
    @PostMapping("/{id}/dead-letters/{deliveryId}/retry")
    ResponseEntity<DeliveryResponse> retryDeadLetter(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        return ResponseEntity.accepted()
                .body(DeliveryResponse.of(manageSubscriptions.retryDeadLetter(id, deliveryId)));
    }

    private static Instant parseFrom(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidFieldException("from", "« " + Problems.excerpt(text) + " » n'est pas une date-heure ISO 8601 avec fuseau "
                    + "horaire (exemples : 2026-11-22T08:00:00Z, 2026-11-22T09:00:00+01:00).");
        }
    }
}
