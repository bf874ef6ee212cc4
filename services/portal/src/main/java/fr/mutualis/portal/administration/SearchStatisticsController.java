package fr.mutualis.portal.administration;

import fr.mutualis.portal.shared.calls.PlatformServices;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queries that found nothing or led to no record being opened ({@code /api/admin/recherches} of search-service),
 * each a link to the vocabulary's form: the vocabulary grows from real use.
 */
@Controller
class SearchStatisticsController {

    /** The periods offered, in days. */
    static final Set<Integer> PERIODS = Set.of(7, 30, 90, 365);

    /** What search-service counts; the journal names no one. */
    record Statistics(String since, long searches, List<QueryCount> withoutResult, List<QueryCount> withoutClick) {

        record QueryCount(String query, long searches) {
        }
    }

    private final PlatformServices services;

    SearchStatisticsController(PlatformServices services) {
        this.services = services;
    }

    @GetMapping("/administration/recherches")
    String statistics(@RequestParam(name = "jours", required = false) Integer days, Model model) {
        int period = days != null && PERIODS.contains(days) ? days : 30;
        model.addAttribute("jours", period);
        model.addAttribute("periodes", PERIODS.stream().sorted().toList());
        model.addAttribute("statistiques", services.of(PlatformServices.SEARCH).get()
                .uri("/api/admin/recherches?jours={jours}&taille=20", period).retrieve().body(Statistics.class));
        return "administration/recherches";
    }
}
