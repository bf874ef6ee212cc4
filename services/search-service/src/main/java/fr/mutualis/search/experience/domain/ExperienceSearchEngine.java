package fr.mutualis.search.experience.domain;

import fr.mutualis.search.shared.domain.IndexUnavailableException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read side of the search index (port). Every method throws {@link IndexUnavailableException} when the index cannot be reached. */
public interface ExperienceSearchEngine {

    /** Full-text search when the query has text, otherwise the newest experiences first; with facet counts. */
    SearchResult search(SearchQuery query);

    /**
     * The spelling correction of the query's text when a word of it is in no record, asked alone: no record is
     * searched, so that a query is searched once, as typed or as corrected. Empty when every word is known or when
     * nothing near is found; the same correction as {@link SearchResult#didYouMean()}.
     */
    Optional<String> correction(SearchQuery query);

    /**
     * The published records closest in content to record {@code id}, itself excluded.
     *
     * @throws ExperienceNotFoundException if the index does not hold that record
     */
    List<SearchHit> similar(String id, int size);

    /** Titles and collectivité names starting with what is being typed, for suggestions as you type. */
    List<Suggestion> suggestions(String prefix, int size);

    /**
     * Every hit of the query (its page and size ignored), in its order — none if more than {@code max} match.
     *
     * @return how many hits match
     */
    long export(SearchQuery query, int max, Consumer<SearchHit> hits);

    /** @param kind {@code titre} or {@code collectivite} */
    record Suggestion(String text, String kind, String id) {
    }
}
