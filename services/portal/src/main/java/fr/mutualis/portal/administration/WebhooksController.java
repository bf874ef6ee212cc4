package fr.mutualis.portal.administration;

import fr.mutualis.contracts.EventChannels;
import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Webhook subscriptions (webhook-service, ADR 0010): the list, a creation whose signing secret is shown once, and for
 * one subscription its dead letters (each re-sent on demand), a replay from a date, and its deactivation.
 */
@Controller
@RequestMapping("/administration/webhooks")
class WebhooksController {

    private static final String LIST = "/administration/webhooks";
    private static final String SUBSCRIPTIONS = "/api/webhooks/subscriptions";

    private final PlatformServices services;

    WebhooksController(PlatformServices services) {
        this.services = services;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, SubscriptionForm.empty(), FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute SubscriptionForm form, Model model, HttpServletResponse response) {
        Subscription.Created created;
        try {
            created = webhooks().post().uri(SUBSCRIPTIONS).body(form.toRequest()).retrieve()
                    .body(Subscription.Created.class);
        } catch (ServiceProblem problem) {
            FormErrors errors = FormErrors.from(problem, SubscriptionForm.FIELDS);
            response.setStatus(errors.status());
            return listPage(model, form, errors);
        }
        return SecretPages.show(model, response, "Abonnement webhook créé", List.of(
                        new ShownOnce("Adresse de réception", created.url(), false),
                        new ShownOnce("Secret de signature", created.secret(), true),
                        new ShownOnce("Vérification de la signature", created.signature(), false)),
                LIST + "/" + created.id(), "Voir l'abonnement");
    }

    @GetMapping("/{id}")
    String subscription(@PathVariable String id, Model model) {
        return detailPage(model, id, ReplayForm.empty(), FormErrors.none());
    }

    @PostMapping("/{id}/rejeu")
    String replay(@PathVariable String id, @ModelAttribute ReplayForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Subscription.Replayed replayed;
        try {
            replayed = webhooks().post().uri(SUBSCRIPTIONS + "/{id}/replay", id).body(form.toRequest()).retrieve()
                    .body(Subscription.Replayed.class);
        } catch (UnreadableFieldException unreadable) {
            return replayRefused(model, response, id, form, unreadable.errors());
        } catch (ServiceProblem problem) {
            return replayRefused(model, response, id, form, FormErrors.from(problem, ReplayForm.FIELDS));
        }
        redirect.addFlashAttribute("succes", "Rejeu programmé : %d événement(s) relu(s), %d livraison(s) à envoyer."
                .formatted(replayed.eventsRead(), replayed.deliveriesScheduled()));
        return "redirect:" + LIST + "/" + id;
    }

    @PostMapping("/{id}/lettres-mortes/{deliveryId}/relance")
    String retry(@PathVariable String id, @PathVariable String deliveryId, RedirectAttributes redirect) {
        webhooks().post().uri(SUBSCRIPTIONS + "/{id}/dead-letters/{deliveryId}/retry", id, deliveryId).retrieve()
                .toBodilessEntity();
        redirect.addFlashAttribute("succes", "La livraison est relancée : elle repart avec toutes ses tentatives.");
        return "redirect:" + LIST + "/" + id;
    }

    @GetMapping("/{id}/desactivation")
    String confirmDeactivation(@PathVariable String id, Model model) {
        Subscription subscription = find(id);
        return ConfirmationPages.show(model, "Désactiver l'abonnement de « %s »".formatted(subscription.integrator()),
                "Plus aucun événement ne sera envoyé à " + subscription.url() + " et les livraisons en attente sont "
                        + "annulées. L'abonnement reste dans la liste comme désactivé ; pour reprendre les envois, "
                        + "créez un nouvel abonnement.",
                LIST + "/" + id + "/desactivation", "Désactiver l'abonnement", LIST + "/" + id);
    }

    @PostMapping("/{id}/desactivation")
    String deactivate(@PathVariable String id, RedirectAttributes redirect) {
        Subscription subscription = find(id);
        webhooks().delete().uri(SUBSCRIPTIONS + "/{id}", id).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("succes", "Abonnement de « %s » désactivé.".formatted(subscription.integrator()));
        return "redirect:" + LIST;
    }

    private String replayRefused(Model model, HttpServletResponse response, String id, ReplayForm form,
                                 FormErrors errors) {
        response.setStatus(errors.status());
        return detailPage(model, id, form, errors);
    }

    private String listPage(Model model, SubscriptionForm form, FormErrors errors) {
        Subscription.Listing listing = webhooks().get().uri(SUBSCRIPTIONS).retrieve().body(Subscription.Listing.class);
        model.addAttribute("abonnements", listing == null ? List.of() : listing.subscriptions());
        // The topics webhook-service delivers by default: the public channels of the contracts.
        model.addAttribute("sujets", EventChannels.publicTopics());
        model.addAttribute("creation", form);
        model.addAttribute("erreurs", errors);
        return "administration/webhooks";
    }

    private String detailPage(Model model, String id, ReplayForm replay, FormErrors errors) {
        model.addAttribute("abonnement", find(id));
        Subscription.DeadLetters dead = webhooks().get().uri(SUBSCRIPTIONS + "/{id}/dead-letters", id).retrieve()
                .body(Subscription.DeadLetters.class);
        model.addAttribute("lettresMortes", dead == null ? List.of() : dead.deadLetters());
        model.addAttribute("rejeu", replay);
        model.addAttribute("erreurs", errors);
        return "administration/webhook";
    }

    private Subscription find(String id) {
        return webhooks().get().uri(SUBSCRIPTIONS + "/{id}", id).retrieve().body(Subscription.class);
    }

    private RestClient webhooks() {
        return services.of(PlatformServices.WEBHOOK);
    }
}
