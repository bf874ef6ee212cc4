package fr.mutualis.search.experience.application;

import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchResult;

import java.util.Objects;

/** Use case: search the experiences shared by member authorities, or list the newest ones. */
public class SearchExperiences {

    private final ExperienceSearchEngine engine;

    public SearchExperiences(ExperienceSearchEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * @throws fr.mutualis.search.experience.domain.IndexUnavailableException when the index cannot be reached
     */
    public SearchResult search(SearchQuery query) {
        return engine.search(Objects.requireNonNull(query, "query"));
    }
}
