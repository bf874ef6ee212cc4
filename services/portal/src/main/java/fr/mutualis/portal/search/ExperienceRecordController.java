package fr.mutualis.portal.search;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.calls.ServiceUnavailableException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A retour d'expérience's own page: the record as experience-service gives it to the reader (anyone for a published
 * record; its collectivité's agents and élus for a draft), and the similar experiences search-service finds.
 */
@Controller
class ExperienceRecordController {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<SearchAnswer.Hit>> HITS = new ParameterizedTypeReference<>() {
    };

    private static final Pattern SEARCH_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final PlatformServices services;

    ExperienceRecordController(PlatformServices services) {
        this.services = services;
    }

    /** @param searchId the search whose results led here ({@code depuis}), reported to search-service's journal */
    @GetMapping("/recherche/fiches/{id}")
    String record(@PathVariable String id, @RequestParam(name = "depuis", required = false) String searchId,
                  Model model) {
        UUID recordId = recordId(id);
        // An unknown record is experience-service's 404, which the portal's error page shows as « Page introuvable ».
        Map<String, Object> record = services.of(PlatformServices.EXPERIENCE).get()
                .uri("/api/experiences/{id}", recordId).retrieve().body(JSON_OBJECT);
        model.addAttribute("fiche", record);
        model.addAttribute("titre", "Retour d'expérience « " + (record == null ? "" : record.get("title")) + " »");
        model.addAttribute("budget", budget(record));
        model.addAttribute("financements", fundings(record));
        model.addAttribute("similaires", similar(recordId));
        reportOpened(searchId);
        return "recherche/fiche";
    }

    /** Tells the search journal that the search led to a record; the page never depends on it. */
    private void reportOpened(String searchId) {
        if (searchId == null || !SEARCH_ID.matcher(searchId).matches()) {
            return;
        }
        try {
            services.of(PlatformServices.SEARCH).post().uri("/api/search/clics")
                    .body(Map.of("searchId", searchId)).retrieve().toBodilessEntity();
        } catch (ServiceProblem | ServiceUnavailableException ignored) {
            // An unknown or expired search, or a journal out of reach: only a statistic is lost.
        }
    }

    /** An address that cannot name a record is a page that does not exist, without asking the service. */
    private static UUID recordId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ServiceProblem(HttpStatus.NOT_FOUND.value(), "Retour d'expérience introuvable",
                    "Aucun retour d'expérience n'a cette adresse.", Map.of());
        }
    }

    /** The closest published records, or null when search does not answer: the record is shown all the same. */
    private List<SearchAnswer.Hit> similar(UUID id) {
        try {
            return services.of(PlatformServices.SEARCH).get()
                    .uri("/api/experiences/{id}/similaires", id).retrieve().body(HITS);
        } catch (ServiceProblem | ServiceUnavailableException e) {
            return null;
        }
    }

    /** « 150 000 € », or null when the record gives no total. */
    static String budget(Map<String, Object> record) {
        return record != null && record.get("budget") instanceof Map<?, ?> budget
                && budget.get("totalEuros") instanceof Number total ? euros(total.longValue()) : null;
    }

    /** « Région Bretagne : 50 000 € » for each funding the record lists. */
    static List<String> fundings(Map<String, Object> record) {
        if (record == null || !(record.get("budget") instanceof Map<?, ?> budget)
                || !(budget.get("fundings") instanceof List<?> fundings)) {
            return List.of();
        }
        return fundings.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .map(funding -> funding.get("funder") + " : " + (funding.get("amountEuros") instanceof Number amount
                        ? euros(amount.longValue()) : "montant non précisé"))
                .toList();
    }

    static String euros(long amount) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(amount).replace('\u202f', '\u00a0') + "\u00a0€";
    }
}
