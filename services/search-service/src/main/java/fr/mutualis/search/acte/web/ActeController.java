package fr.mutualis.search.acte.web;

import fr.mutualis.search.acte.application.SearchActes;
import fr.mutualis.search.acte.domain.ActeFacet;
import fr.mutualis.search.acte.domain.ActeNotFoundException;
import fr.mutualis.search.acte.domain.ActeQuery;
import fr.mutualis.search.shared.domain.ResultWindow;
import fr.mutualis.search.shared.web.SearchParameters;
import fr.mutualis.web.problem.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published actes, public like everything this service serves: {@code GET /api/actes} searches them,
 * {@code GET /api/actes/{id}} gives one. Parameters are bound strictly: a value of the wrong shape, an unknown
 * parameter or an impossible combination is a French validation problem (400), never a 5xx.
 */
@RestController
public class ActeController {

    static final String PATH = "/api/actes";
    /** Every parameter of the search: any other is refused ({@link SearchParameters}). */
    static final List<String> PARAMETERS = List.of("q", "siren", "nature", "matiere", "du", "au", "page", "taille");
    /** The filters that take several values; the other parameters take one. */
    private static final List<String> REPEATABLE = List.of("siren", "nature", "matiere");
    private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private final SearchActes searchActes;

    public ActeController(SearchActes searchActes) {
        this.searchActes = Objects.requireNonNull(searchActes, "searchActes");
    }

    /**
     * Full-text search (French analysis: {@code cantines} finds {@code cantine}) over the objet, the text, the
     * identifier and the numero, by relevance; without {@code q}, the newest decisions first. {@code siren},
     * {@code nature} and {@code matiere} are repeatable (values OR-ed, parameters AND-ed); {@code du} and {@code au}
     * bound the decision date, both included.
     */
    @GetMapping(PATH)
    public ActeSearchResponse search(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "q", required = false)
            @Size(max = ActeQuery.MAX_TEXT_LENGTH,
                    message = "Le paramètre « q » ne doit pas dépasser 500 caractères.") String q,
            @RequestParam(name = "siren", required = false)
            List<@Pattern(regexp = "[0-9]{9}",
                    message = "Le paramètre « siren » doit être un SIREN : 9 chiffres.") String> siren,
            @RequestParam(name = "nature", required = false)
            List<@Pattern(regexp = "DE|AR|AI|CC|BF|AU", message = "Nature inconnue : choisissez DE (délibérations), "
                    + "AR (actes réglementaires), AI (actes individuels), CC (contrats, conventions et avenants), "
                    + "BF (documents budgétaires et financiers) ou AU (autres).") String> nature,
            @RequestParam(name = "matiere", required = false)
            List<@Pattern(regexp = "[1-9](\\.[0-9]{1,2}){0,4}", message = "Le paramètre « matiere » doit être un "
                    + "code de la classification des matières, par exemple 5 ou 5.7.") String> matiere,
            @RequestParam(name = "du", required = false)
            @Pattern(regexp = DATE, message = "Le paramètre « du » doit être une date au format AAAA-MM-JJ.") String du,
            @RequestParam(name = "au", required = false)
            @Pattern(regexp = DATE, message = "Le paramètre « au » doit être une date au format AAAA-MM-JJ.") String au,
            @RequestParam(name = "page", defaultValue = "0")
            @Min(value = 0, message = "Le paramètre « page » doit être un entier positif ou nul.") int page,
            @RequestParam(name = "taille", defaultValue = "" + ResultWindow.DEFAULT_SIZE)
            @Min(value = 1, message = "Le paramètre « taille » doit être compris entre 1 et 100.")
            @Max(value = ResultWindow.MAX_SIZE, message = "Le paramètre « taille » doit être compris entre 1 et 100.")
            int taille) {
        SearchParameters checks = SearchParameters.of(parameters, "la recherche d'actes", PARAMETERS, REPEATABLE);
        LocalDate from = date("du", du, checks);
        LocalDate to = date("au", au, checks);
        if (from != null && to != null && from.isAfter(to)) {
            checks.reject("au", "La date « au » (" + to + ") précède la date « du » (" + from
                    + ") : aucune décision ne peut s'y trouver.");
        }
        checks.page(page, taille).check();
        Map<ActeFacet, Set<String>> filters = new EnumMap<>(ActeFacet.class);
        filter(filters, ActeFacet.COLLECTIVITE, siren);
        filter(filters, ActeFacet.NATURE, nature);
        filter(filters, ActeFacet.MATIERE, matiere);
        return ActeSearchResponse.of(searchActes.search(new ActeQuery(q, filters, from, to, page, taille)));
    }

    /** The published acte, its text included. */
    @GetMapping(PATH + "/{id}")
    public Map<String, Object> acte(@PathVariable("id") String id) {
        return searchActes.acte(id);
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(ActeNotFoundException e) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "Acte introuvable",
                "Aucun acte publié n'a l'identifiant « " + Problems.excerpt(e.id()) + " »."));
    }

    /** A date already of the right shape ({@code @Pattern}) that must also exist in the calendar. */
    private static LocalDate date(String parameter, String value, SearchParameters checks) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            checks.reject(parameter, "La date « " + Problems.excerpt(value) + " » n'existe pas.");
            return null;
        }
    }

    private static void filter(Map<ActeFacet, Set<String>> filters, ActeFacet facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, new LinkedHashSet<>(values));
        }
    }
}
