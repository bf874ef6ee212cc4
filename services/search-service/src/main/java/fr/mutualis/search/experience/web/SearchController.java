package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.application.SearchExperiences;
import fr.mutualis.search.experience.domain.CollectiviteLookup;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.Facet;
import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.shared.web.SearchParameters;
import fr.mutualis.search.shared.web.UnknownCollectiviteException;
import fr.mutualis.web.problem.Problems;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over the experiences shared by member authorities, and what the benchmark tool builds on it. */
@RestController
public class SearchController {

    static final int SIMILAR = 5;
    static final int MAX_SIMILAR = 20;
    static final int SUGGESTIONS = 8;
    /** The filters, each repeatable (values OR-ed). */
    static final List<String> FACETS = Arrays.stream(Facet.values()).map(Facet::parameter).toList();
    /** What a search and its export share: the text, the filters, the sort and what the results are drawn from. */
    static final List<String> CRITERIA = Stream.concat(
            Stream.of("q", "sort", "statut", "demo", "comparableTo", "memeRegion", "telQuel"), FACETS.stream()).toList();
    /** Every parameter of the search: any other is refused. */
    static final List<String> PARAMETERS = Stream.concat(CRITERIA.stream(), Stream.of("page", "size", "cursor")).toList();

    private final SearchExperiences searchExperiences;
    private final CollectiviteLookup collectivites;

    public SearchController(SearchExperiences searchExperiences, CollectiviteLookup collectivites) {
        this.searchExperiences = Objects.requireNonNull(searchExperiences, "searchExperiences");
        this.collectivites = Objects.requireNonNull(collectivites, "collectivites");
    }

    /**
     * {@code GET /api/search?q=…}: French full-text search (synonyms, typos, accents), facets ({@code axis},
     * {@code actionCategory}, {@code policyDomain}, {@code step}, {@code kind}, {@code region}, {@code departement},
     * {@code populationBand}, {@code profile}, {@code budgetBand}, {@code year}, each repeatable), {@code sort}
     * ({@code pertinence} or {@code date}), {@code page}/{@code size} or {@code cursor}, {@code statut=archived},
     * {@code demo=false} (or {@code true}: demonstration records only), {@code comparableTo=<SIREN>} and
     * {@code memeRegion=true}. Published records only by default. A text with a word in no record is searched as
     * corrected when the correction finds something, unless {@code telQuel=true}. Any other parameter, a second value
     * of a parameter that takes one, or a value of the wrong shape is a French validation problem (400).
     */
    @GetMapping("/api/search")
    public SearchResponse search(@RequestParam MultiValueMap<String, String> parameters,
                                 @RequestParam(name = "page", defaultValue = "0") int page,
                                 @RequestParam(name = "size", defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size) {
        Request request = request(parameters, checks(parameters, PARAMETERS), page, size);
        return SearchResponse.of(searchExperiences.search(request.query(), request.asTyped()));
    }

    /** {@code GET /api/experiences/{id}/similaires}: the published records closest in content, itself excluded. */
    @GetMapping("/api/experiences/{id}/similaires")
    public List<SearchResponse.Hit> similar(@PathVariable String id,
                                            @RequestParam MultiValueMap<String, String> parameters,
                                            @RequestParam(name = "size", defaultValue = "" + SIMILAR) int size) {
        SearchParameters checks = SearchParameters.of(parameters, "les expériences similaires", List.of("size"), List.of());
        if (size < 1 || size > MAX_SIMILAR) {
            checks.reject("size", "Le paramètre « size » doit être compris entre 1 et " + MAX_SIMILAR + " (reçu : "
                    + size + ").");
        }
        checks.check();
        return searchExperiences.similar(id, size).stream().map(SearchResponse.Hit::of).toList();
    }

    /** {@code GET /api/search/suggestions?q=dém}: titles and collectivités starting with what is being typed. */
    @GetMapping("/api/search/suggestions")
    public List<ExperienceSearchEngine.Suggestion> suggestions(@RequestParam MultiValueMap<String, String> parameters,
                                                               @RequestParam(name = "q", defaultValue = "") String q) {
        SearchParameters.of(parameters, "les suggestions", List.of("q"), List.of()).check();
        // Cut rather than refused: the text is still being typed, and 100 characters are enough to suggest from.
        return q.isBlank() ? List.of() : searchExperiences.suggestions(q.strip().substring(0, Math.min(q.strip().length(), 100)),
                SUGGESTIONS);
    }

    /** The checks of a search's parameters, {@code known} being all those it takes. */
    static SearchParameters checks(MultiValueMap<String, String> parameters, List<String> known) {
        return SearchParameters.of(parameters, "la recherche de retours d'expérience", known, FACETS);
    }

    /**
     * The search the parameters ask for, every mistake in them refused at once ({@code checks} may already hold
     * others).
     */
    Request request(MultiValueMap<String, String> parameters, SearchParameters checks, int page, int size) {
        String statut = parameters.getFirst("statut");
        if (statut != null && !statut.equals("archived")) {
            checks.reject("statut", "Le paramètre « statut » ne prend que la valeur archived, pour les fiches archivées "
                    + "(sans lui, les fiches publiées) ; reçu : « " + Problems.excerpt(statut) + " ».");
        }
        Boolean demo = checks.yesOrNo(parameters, "demo");
        boolean asTyped = Boolean.TRUE.equals(checks.yesOrNo(parameters, "telQuel"));
        boolean sameRegion = checks.sameRegionOfComparables(parameters);
        String comparableTo = parameters.getFirst("comparableTo");
        checks.check();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        FACETS.forEach(facet -> {
            List<String> values = parameters.get(facet);
            if (values != null) {
                facets.put(facet, values);
            }
        });
        SearchQuery.Peers peers = comparableTo == null ? null : collectivites.peersOf(comparableTo, sameRegion)
                .orElseThrow(() -> new UnknownCollectiviteException(comparableTo));
        return new Request(SearchQuery.of(parameters.getFirst("q"), page, size, facets, parameters.getFirst("sort"),
                parameters.getFirst("cursor"), statut != null, demo, peers), asTyped);
    }

    /** @param asTyped the text exactly as typed, never replaced by its correction */
    record Request(SearchQuery query, boolean asTyped) {
    }

    /** The fields of an export line, in their column order. */
    static List<String> exportLine(SearchHit hit) {
        Map<String, Object> record = hit.document();
        @SuppressWarnings("unchecked")
        Map<String, Object> collectivite = (Map<String, Object>) record.getOrDefault("collectivite", Map.of());
        return List.of(hit.id(), hit.title(), String.valueOf(collectivite.getOrDefault("name", "")), hit.siren(),
                String.valueOf(collectivite.getOrDefault("kind", "")), String.join(", ", hit.axes()),
                String.valueOf(record.getOrDefault("actionCategory", "")), String.valueOf(record.getOrDefault("step", "")),
                String.valueOf(record.getOrDefault("year", "")), String.valueOf(record.getOrDefault("budgetBand", "")),
                hit.summary());
    }
}
