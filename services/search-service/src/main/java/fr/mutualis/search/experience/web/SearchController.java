package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.application.SearchExperiences;
import fr.mutualis.search.experience.domain.SearchQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Objects;

/** Full-text search over the experiences shared by member authorities. */
@RestController
public class SearchController {

    private final SearchExperiences searchExperiences;

    public SearchController(SearchExperiences searchExperiences) {
        this.searchExperiences = Objects.requireNonNull(searchExperiences, "searchExperiences");
    }

    /**
     * {@code GET /api/search?q=…&page=0&size=10}: searches titles (weighted 3) and summaries with French analysis;
     * without {@code q}, lists the newest experiences. Invalid parameters answer 400 in
     * {@code application/problem+json}.
     */
    @GetMapping("/api/search")
    public SearchResponse search(@RequestParam(name = "q", required = false) String q,
                                 @RequestParam(name = "page", defaultValue = "0") int page,
                                 @RequestParam(name = "size", defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size) {
        return SearchResponse.of(searchExperiences.search(SearchQuery.of(q, page, size)));
    }
}
