package fr.mutualis.search.experience.domain;

import fr.mutualis.search.shared.domain.IndexUnavailableException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read side of the search index (port). Every method throws {@link IndexUnavailableException} when the index cannot be reached. */
public interface ExperienceSearchEngine {

    /**
     * Full-text search when the query has text, otherwise the newest experiences first; with facet counts.
     *
     * @param spelling the query's: its {@link #unknownWords}, and the {@link #correction} to offer
     *                 ({@link SearchResult#didYouMean()}), if any
     */
    SearchResult search(SearchQuery query, Spelling spelling);

    /** The words of the query's text that no record uses, in any of their forms; none for a listing. */
    List<String> unknownWords(SearchQuery query);

    /**
     * The spelling correction of the query's text, for its {@code unknownWords}, asked alone: no record is searched, so
     * that a query is searched once, as typed or as corrected. Empty when there are no such words or when nothing near
     * is found.
     */
    Optional<String> correction(SearchQuery query, List<String> unknownWords);

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
    long export(SearchQuery query, List<String> unknownWords, int max, Consumer<SearchHit> hits);

    /** @param kind {@code titre} or {@code collectivite} */
    record Suggestion(String text, String kind, String id) {
    }
}
