package fr.mutualis.search.consultation.web;

import fr.mutualis.search.consultation.application.SearchConsultations;
import fr.mutualis.search.consultation.domain.ConsultationFacet;
import fr.mutualis.search.consultation.domain.ConsultationNotFoundException;
import fr.mutualis.search.consultation.domain.ConsultationQuery;
import fr.mutualis.search.consultation.domain.Cpv;
import fr.mutualis.search.shared.domain.ResultWindow;
import fr.mutualis.search.shared.web.SearchParameters;
import fr.mutualis.web.problem.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published consultations, public like everything this service serves: {@code GET /api/consultations} searches
 * them, {@code GET /api/consultations/{id}} gives one. Parameters are bound strictly: a value of the wrong shape or
 * an unknown parameter is a French validation problem (400), never a 5xx.
 */
@RestController
public class ConsultationController {

    static final String PATH = "/api/consultations";
    /** Every parameter of the search: any other is refused ({@link SearchParameters}). */
    static final List<String> PARAMETERS =
            List.of("q", "etat", "procedure", "cpv", "acheteur", "categorie", "page", "taille");
    /** The filters that take several values; the other parameters take one. */
    private static final List<String> REPEATABLE = List.of("etat", "procedure", "cpv", "acheteur", "categorie");
    /** The contract's longest procedure label. */
    private static final int MAX_PROCEDURE_LENGTH = 100;

    private final SearchConsultations searchConsultations;

    public ConsultationController(SearchConsultations searchConsultations) {
        this.searchConsultations = Objects.requireNonNull(searchConsultations, "searchConsultations");
    }

    /**
     * The open consultations first (state {@code publiee}, nearest deadline first), then the others, newest
     * publication first; {@code q} searches the objet, the lots' titles and the buyer's name (French analysis) and
     * the reference, by relevance within those two groups. Every filter is repeatable (values OR-ed, parameters
     * AND-ed); {@code procedure} is a DECP label, exactly; {@code cpv} takes a division ({@code 72}), any level
     * below it ({@code 7226}) or a whole code.
     */
    @GetMapping(PATH)
    public ConsultationSearchResponse search(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "q", required = false)
            @Size(max = ConsultationQuery.MAX_TEXT_LENGTH,
                    message = "Le paramètre « q » ne doit pas dépasser 500 caractères.") String q,
            @RequestParam(name = "etat", required = false)
            List<@Pattern(regexp = "publiee|cloturee|ouverte|attribuee|infructueuse|sans-suite",
                    message = "État inconnu : choisissez publiee, cloturee, ouverte, attribuee, infructueuse ou "
                            + "sans-suite.") String> etat,
            @RequestParam(name = "cpv", required = false)
            List<@Pattern(regexp = "[0-9]{2,8}|[0-9]{8}-[0-9]", message = "Le paramètre « cpv » doit être un code "
                    + "CPV ou son début : 2 à 8 chiffres, par exemple 72 ou 72267000-4.") String> cpv,
            @RequestParam(name = "acheteur", required = false)
            List<@Pattern(regexp = "[0-9]{9}",
                    message = "Le paramètre « acheteur » doit être un SIREN : 9 chiffres.") String> acheteur,
            @RequestParam(name = "categorie", required = false)
            List<@Pattern(regexp = "travaux|fournitures|services",
                    message = "Catégorie inconnue : choisissez travaux, fournitures ou services.") String> categorie,
            @RequestParam(name = "page", defaultValue = "0")
            @Min(value = 0, message = "Le paramètre « page » doit être un entier positif ou nul.") int page,
            @RequestParam(name = "taille", defaultValue = "" + ResultWindow.DEFAULT_SIZE)
            @Min(value = 1, message = "Le paramètre « taille » doit être compris entre 1 et 100.")
            @Max(value = ResultWindow.MAX_SIZE, message = "Le paramètre « taille » doit être compris entre 1 et 100.")
            int taille) {
        SearchParameters checks = SearchParameters.of(parameters, "la recherche de consultations", PARAMETERS, REPEATABLE);
        // Read as sent: bound to a list, one value would be split at its commas, and a label may hold one. An empty
        // one is refused with every empty parameter.
        List<String> procedure = parameters.getOrDefault("procedure", List.of());
        if (procedure.stream().anyMatch(label -> label.length() > MAX_PROCEDURE_LENGTH)) {
            checks.reject("procedure", "Le paramètre « procedure » doit être le libellé d'une procédure "
                    + "(1 à 100 caractères), par exemple Procédure adaptée.");
        }
        checks.page(page, taille).check();
        Map<ConsultationFacet, Set<String>> filters = new EnumMap<>(ConsultationFacet.class);
        filter(filters, ConsultationFacet.ETAT, etat, Function.identity());
        filter(filters, ConsultationFacet.PROCEDURE, procedure, Function.identity());
        filter(filters, ConsultationFacet.CATEGORIE, categorie, Function.identity());
        filter(filters, ConsultationFacet.CPV, cpv, Cpv::prefix);
        Set<String> buyers = acheteur == null ? Set.of() : Set.copyOf(acheteur);
        return ConsultationSearchResponse.of(searchConsultations.search(
                new ConsultationQuery(q, filters, buyers, page, taille)));
    }

    /** The published consultation, its DCE, answered questions and awards included. */
    @GetMapping(PATH + "/{id}")
    public Map<String, Object> consultation(@PathVariable("id") String id) {
        return searchConsultations.consultation(id);
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(ConsultationNotFoundException e) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "Consultation introuvable",
                "Aucune consultation publiée n'a l'identifiant « " + Problems.excerpt(e.id()) + " »."));
    }

    private static void filter(Map<ConsultationFacet, Set<String>> filters, ConsultationFacet facet,
                               List<String> values, Function<String, String> normalized) {
        if (values != null && !values.isEmpty()) {
            Set<String> normalizedValues = new LinkedHashSet<>();
            values.forEach(value -> normalizedValues.add(normalized.apply(value)));
            filters.put(facet, normalizedValues);
        }
    }
}
