package fr.mutualis.search.experience.domain;

/** Read side of the search index (port). */
public interface ExperienceSearchEngine {

    /**
     * Full-text search when the query has text, otherwise the newest experiences first.
     *
     * @throws IndexUnavailableException when the index cannot be reached
     */
    SearchResult search(SearchQuery query);
}
