package fr.mutualis.search.analytics.web;

import fr.mutualis.search.analytics.application.SearchAnalytics;
import fr.mutualis.search.analytics.domain.SearchStatistics;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search journal's API: {@code POST /api/search/clics} notes that a search led to a record being opened (anyone:
 * the search is public, and the click names no one), {@code GET /api/admin/recherches} gives the administrators the
 * queries that found nothing or led nowhere.
 */
@RestController
public class SearchAnalyticsController {

    private static final Pattern SEARCH_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,4}");

    private final SearchAnalytics analytics;

    public SearchAnalyticsController(SearchAnalytics analytics) {
        this.analytics = analytics;
    }

    /** @param searchId the {@code searchId} of the search's answer */
    record ClickRequest(String searchId) {
    }

    @PostMapping("/api/search/clics")
    ResponseEntity<ProblemDetail> click(@RequestBody ClickRequest request) {
        if (request.searchId() == null || !SEARCH_ID.matcher(request.searchId()).matches()) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem("searchId",
                    "Indiquez le searchId donné par la réponse de la recherche (un UUID)."))));
        }
        if (!analytics.clicked(request.searchId())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                    "Recherche inconnue", "Aucune recherche n'est conservée sous l'identifiant "
                            + request.searchId() + "."));
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * @param days the last days counted, 30 by default
     * @param size how many queries each list holds, 20 by default
     */
    @GetMapping("/api/admin/recherches")
    ResponseEntity<?> statistics(@RequestParam(name = "jours", defaultValue = "30") String days,
                                 @RequestParam(name = "taille", defaultValue = "20") String size) {
        List<FieldErrorItem> errors = new java.util.ArrayList<>();
        int dayCount = bounded(days, SearchAnalytics.MAX_DAYS);
        int queryCount = bounded(size, SearchAnalytics.MAX_QUERIES);
        if (dayCount < 0) {
            errors.add(new FieldErrorItem("jours", "Le nombre de jours est un entier de 1 à "
                    + SearchAnalytics.MAX_DAYS + "."));
        }
        if (queryCount < 0) {
            errors.add(new FieldErrorItem("taille", "La taille des listes est un entier de 1 à "
                    + SearchAnalytics.MAX_QUERIES + "."));
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.validation(errors));
        }
        SearchStatistics statistics = analytics.statistics(dayCount, queryCount);
        return ResponseEntity.ok(statistics);
    }

    /** The count, or -1 when it is not an integer from 1 to {@code max}. */
    private static int bounded(String value, int max) {
        if (!COUNT.matcher(value).matches()) {
            return -1;
        }
        int count = Integer.parseInt(value);
        return count >= 1 && count <= max ? count : -1;
    }
}
