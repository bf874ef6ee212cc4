package fr.mutualis.portal.administration;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Integrators' access to the public Kafka topics (integration-service, ADR 0009): the list, a creation with its
 * topics, a change of topics, a new password, a revocation. A password is shown once, on the page that answers the
 * form that made it ({@link SecretPages}).
 */
@Controller
@RequestMapping("/administration/integrateurs")
class IntegratorsController {

    private static final ParameterizedTypeReference<List<Integrator>> INTEGRATORS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, String>> TOPICS = new ParameterizedTypeReference<>() {
    };
    private static final String LIST = "/administration/integrateurs";

    private final PlatformServices services;

    IntegratorsController(PlatformServices services) {
        this.services = services;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, IntegratorForm.empty(), FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute IntegratorForm form, Model model, HttpServletResponse response) {
        Integrator.Credentials credentials;
        try {
            credentials = integration().post().uri("/api/integrators").body(form.toRegistration()).retrieve()
                    .body(Integrator.Credentials.class);
        } catch (ServiceProblem problem) {
            FormErrors errors = FormErrors.from(problem, IntegratorForm.FIELDS);
            response.setStatus(errors.status());
            return listPage(model, form, errors);
        }
        String name = credentials.username();
        if (!form.sujets().isEmpty()) {
            try {
                grant(name, form.sujets());
            } catch (ServiceProblem problem) {
                // The integrator exists and its password is shown now or never: the topics are granted again later.
                model.addAttribute("avertissement", "Les sujets n'ont pas pu être accordés (" + problem.detail()
                        + ") : accordez-les depuis la page de l'intégrateur.");
            }
        }
        return SecretPages.show(model, response, "Intégrateur « %s » créé".formatted(name), credentials(credentials),
                LIST + "/" + name, "Voir l'intégrateur « " + name + " »");
    }

    @GetMapping("/{name}")
    String integrator(@PathVariable String name, Model model) {
        Integrator integrator = find(name);
        return detailPage(model, integrator, new IntegratorForm(integrator.name(), integrator.organisation(),
                integrator.contactEmail(), integrator.grants()), FormErrors.none());
    }

    @PostMapping("/{name}/sujets")
    String changeGrants(@PathVariable String name, @RequestParam(name = "sujets", required = false) List<String> topics,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            grant(name, topics);
        } catch (ServiceProblem problem) {
            Integrator integrator = find(name);
            FormErrors errors = FormErrors.from(problem, IntegratorForm.FIELDS);
            response.setStatus(errors.status());
            return detailPage(model, integrator, new IntegratorForm(integrator.name(), integrator.organisation(),
                    integrator.contactEmail(), topics), errors);
        }
        redirect.addFlashAttribute("succes", "Sujets de « %s » enregistrés.".formatted(name));
        return "redirect:" + LIST + "/" + name;
    }

    /** The former password stops working at once: the page says so before the button. */
    @PostMapping("/{name}/secret")
    String rotate(@PathVariable String name, Model model, HttpServletResponse response) {
        Integrator.Credentials credentials = integration().post().uri("/api/integrators/{name}/credentials/rotate", name)
                .retrieve().body(Integrator.Credentials.class);
        return SecretPages.show(model, response, "Nouveau mot de passe de « %s »".formatted(name),
                credentials(credentials), LIST + "/" + name, "Revenir à l'intégrateur « " + name + " »");
    }

    @GetMapping("/{name}/revocation")
    String confirmRevocation(@PathVariable String name, Model model) {
        Integrator integrator = find(name);
        return ConfirmationPages.show(model, "Révoquer l'intégrateur « %s »".formatted(integrator.name()),
                "Son mot de passe et tous ses droits de lecture sont supprimés à l'instant : ses consommateurs Kafka "
                        + "sont déconnectés. Il reste dans la liste comme révoqué ; pour lui rendre un accès, créez un "
                        + "nouvel intégrateur.",
                LIST + "/" + integrator.name() + "/revocation", "Révoquer l'intégrateur", LIST + "/" + integrator.name());
    }

    @PostMapping("/{name}/revocation")
    String revoke(@PathVariable String name, RedirectAttributes redirect) {
        integration().delete().uri("/api/integrators/{name}", name).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("succes", "Accès de « %s » révoqué.".formatted(name));
        return "redirect:" + LIST;
    }

    private String listPage(Model model, IntegratorForm form, FormErrors errors) {
        model.addAttribute("integrateurs", integration().get().uri("/api/integrators").retrieve().body(INTEGRATORS));
        model.addAttribute("sujets", topics());
        model.addAttribute("creation", form);
        model.addAttribute("erreurs", errors);
        return "administration/integrateurs";
    }

    private String detailPage(Model model, Integrator integrator, IntegratorForm grants, FormErrors errors) {
        model.addAttribute("integrateur", integrator);
        model.addAttribute("sujets", topics());
        model.addAttribute("droits", grants);
        model.addAttribute("erreurs", errors);
        return "administration/integrateur";
    }

    private void grant(String name, List<String> topics) {
        integration().put().uri("/api/integrators/{name}/grants", name).body(IntegratorForm.grants(topics))
                .retrieve().toBodilessEntity();
    }

    private Integrator find(String name) {
        return integration().get().uri("/api/integrators/{name}", name).retrieve().body(Integrator.class);
    }

    /** The public topics and what each carries, by name. */
    private Map<String, String> topics() {
        return integration().get().uri("/api/topics").retrieve().body(TOPICS);
    }

    private static List<ShownOnce> credentials(Integrator.Credentials credentials) {
        return List.of(new ShownOnce("Identifiant", credentials.username(), false),
                new ShownOnce("Mot de passe", credentials.password(), true),
                new ShownOnce("Mécanisme SASL", credentials.mechanism(), false),
                new ShownOnce("Protocole", credentials.securityProtocol(), false));
    }

    private RestClient integration() {
        return services.of(PlatformServices.INTEGRATION);
    }
}
