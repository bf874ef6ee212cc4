package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.application.SearchExperiences;
import fr.mutualis.search.experience.domain.CollectiviteLookup;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.Facet;
import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.shared.web.UnknownCollectiviteException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over the experiences shared by member authorities, and what the benchmark tool builds on it. */
@RestController
public class SearchController {

    static final int SIMILAR = 5;
    static final int SUGGESTIONS = 8;

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
     * {@code demo=false} (or {@code true}: demonstration records only), {@code comparableTo=<SIREN>} and {@code memeRegion=true}. Published records only by default.
     * A text with a word in no record is searched as corrected when the correction finds something, unless
     * {@code telQuel=true}.
     */
    @GetMapping("/api/search")
    public SearchResponse search(@RequestParam MultiValueMap<String, String> parameters,
                                 @RequestParam(name = "page", defaultValue = "0") int page,
                                 @RequestParam(name = "size", defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size) {
        return SearchResponse.of(searchExperiences.search(query(parameters, page, size),
                "true".equals(parameters.getFirst("telQuel"))));
    }

    /** {@code GET /api/experiences/{id}/similaires}: the published records closest in content, itself excluded. */
    @GetMapping("/api/experiences/{id}/similaires")
    public List<SearchResponse.Hit> similar(@PathVariable String id,
                                            @RequestParam(name = "size", defaultValue = "" + SIMILAR) int size) {
        return searchExperiences.similar(id, Math.max(1, Math.min(size, 20))).stream()
                .map(SearchResponse.Hit::of).toList();
    }

    /** {@code GET /api/search/suggestions?q=dém}: titles and collectivités starting with what is being typed. */
    @GetMapping("/api/search/suggestions")
    public List<ExperienceSearchEngine.Suggestion> suggestions(@RequestParam(name = "q", defaultValue = "") String q) {
        return q.isBlank() ? List.of() : searchExperiences.suggestions(q.strip().substring(0, Math.min(q.strip().length(), 100)),
                SUGGESTIONS);
    }

    SearchQuery query(MultiValueMap<String, String> parameters, int page, int size) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        Arrays.stream(Facet.values()).forEach(facet -> {
            List<String> values = parameters.get(facet.parameter());
            if (values != null) {
                facets.put(facet.parameter(), values.stream().filter(value -> !value.isBlank()).toList());
            }
        });
        String statut = parameters.getFirst("statut");
        String comparableTo = parameters.getFirst("comparableTo");
        SearchQuery.Peers peers = comparableTo == null || comparableTo.isBlank() ? null
                : collectivites.peersOf(comparableTo.strip(), "true".equals(parameters.getFirst("memeRegion")))
                .orElseThrow(() -> new UnknownCollectiviteException(comparableTo.strip()));
        String demo = parameters.getFirst("demo");
        return SearchQuery.of(parameters.getFirst("q"), page, size, facets, parameters.getFirst("sort"),
                parameters.getFirst("cursor"), "archived".equals(statut), demo == null || demo.isBlank() ? null : Boolean.valueOf(demo),
                peers);
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
