package fr.mutualis.portal.administration;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The syndicate's members: the list of adhesions, the search of a collectivité to grant one, and for one
 * collectivité its adhesion (granted, changed) and its departure ({@code /api/adhesions} of referential-service).
 */
@Controller
@RequestMapping("/administration/adhesions")
class AdhesionsController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** « Bécherel » before « Bordeaux », as a French reader sorts them. */
    private static final Collator FRENCH_ORDER = Collator.getInstance(Locale.FRENCH);
    private static final ParameterizedTypeReference<List<Adhesion>> ADHESIONS = new ParameterizedTypeReference<>() {
    };

    /** An adhesion of the list, with its collectivité when the referential still describes it. */
    record Member(Adhesion adhesion, Collectivite collectivite) {

        public String name() {
            return collectivite == null ? "SIREN " + adhesion.siren() : collectivite.name();
        }
    }

    private final PlatformServices services;
    private final CollectiviteLookup collectivites;
    /** The syndicate's days are Paris days: « today » for a date of adhesion or departure. */
    private final Clock clock = Clock.system(PARIS);

    AdhesionsController(PlatformServices services, CollectiviteLookup collectivites) {
        this.services = services;
        this.collectivites = collectivites;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String query, Model model) {
        List<Adhesion> adhesions = referential().get().uri("/api/adhesions").retrieve().body(ADHESIONS);
        List<Member> members = (adhesions == null ? List.<Adhesion>of() : adhesions).stream()
                .map(adhesion -> new Member(adhesion, collectivites.find(adhesion.siren()).orElse(null)))
                .sorted(Comparator.comparing((Member member) -> !member.adhesion().current())
                        .thenComparing(Member::name, FRENCH_ORDER))
                .toList();
        model.addAttribute("membres", members);
        model.addAttribute("q", query == null ? "" : query);
        if (query != null && !query.isBlank()) {
            Set<String> current = members.stream().filter(member -> member.adhesion().current())
                    .map(member -> member.adhesion().siren()).collect(Collectors.toSet());
            model.addAttribute("resultats", collectivites.search(query.strip()));
            model.addAttribute("membresActuels", current);
        }
        return "administration/adhesions";
    }

    @GetMapping("/{siren}")
    String collectivite(@PathVariable String siren, Model model) {
        Collectivite collectivite = collectivites.get(siren);
        LocalDate today = LocalDate.now(clock);
        return page(model, collectivite, AdhesionForm.of(collectivite.member(), today), FormErrors.none(),
                DepartureForm.today(today), FormErrors.none());
    }

    @PostMapping("/{siren}")
    String grant(@PathVariable String siren, @ModelAttribute AdhesionForm form, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Collectivite collectivite = collectivites.get(siren);
        try {
            referential().put().uri("/api/adhesions/{siren}", siren).body(form.toRequest()).retrieve().toBodilessEntity();
        } catch (UnreadableFieldException unreadable) {
            return refused(model, response, collectivite, form, unreadable.errors());
        } catch (ServiceProblem problem) {
            return refused(model, response, collectivite, form, FormErrors.from(problem, AdhesionForm.FIELDS));
        }
        boolean wasMember = collectivite.member() != null && collectivite.member().current();
        redirect.addFlashAttribute("succes", (wasMember ? "Adhésion de « %s » modifiée." : "Adhésion de « %s » "
                + "enregistrée : elle est membre du syndicat.").formatted(collectivite.name()));
        return "redirect:/administration/adhesions";
    }

    @PostMapping("/{siren}/depart")
    String leave(@PathVariable String siren, @ModelAttribute DepartureForm form, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Collectivite collectivite = collectivites.get(siren);
        try {
            LocalDate leftOn = form.leftOn();
            referential().delete().uri(uri -> uri.path("/api/adhesions/{siren}")
                    .queryParamIfPresent("le", Optional.ofNullable(leftOn)).build(siren))
                    .retrieve().toBodilessEntity();
        } catch (UnreadableFieldException unreadable) {
            return departureRefused(model, response, collectivite, form, unreadable.errors());
        } catch (ServiceProblem problem) {
            return departureRefused(model, response, collectivite, form, FormErrors.from(problem, DepartureForm.FIELDS));
        }
        redirect.addFlashAttribute("succes", "Départ de « %s » enregistré.".formatted(collectivite.name()));
        return "redirect:/administration/adhesions";
    }

    private String refused(Model model, HttpServletResponse response, Collectivite collectivite, AdhesionForm form,
                           FormErrors errors) {
        response.setStatus(errors.status());
        return page(model, collectivite, form, errors, DepartureForm.today(LocalDate.now(clock)), FormErrors.none());
    }

    private String departureRefused(Model model, HttpServletResponse response, Collectivite collectivite,
                                    DepartureForm form, FormErrors errors) {
        response.setStatus(errors.status());
        return page(model, collectivite, AdhesionForm.of(collectivite.member(), LocalDate.now(clock)),
                FormErrors.none(), form, errors);
    }

    private String page(Model model, Collectivite collectivite, AdhesionForm adhesion, FormErrors adhesionErrors,
                        DepartureForm departure, FormErrors departureErrors) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("adhesion", adhesion);
        model.addAttribute("erreurs", adhesionErrors);
        model.addAttribute("depart", departure);
        model.addAttribute("erreursDepart", departureErrors);
        model.addAttribute("services", Adhesion.SERVICES);
        return "administration/adhesion";
    }

    private RestClient referential() {
        return services.of(PlatformServices.REFERENTIAL);
    }
}
