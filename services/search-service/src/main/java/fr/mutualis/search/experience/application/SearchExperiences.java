package fr.mutualis.search.experience.application;

import fr.mutualis.search.experience.domain.ExperienceNotFoundException;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.experience.domain.QueryVocabulary;
import fr.mutualis.search.experience.domain.SearchJournal;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchResult;
import fr.mutualis.search.experience.domain.Spelling;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Use case: search the experiences shared by member authorities, or list the newest ones. */
public class SearchExperiences {

    private final ExperienceSearchEngine engine;
    private final QueryVocabulary vocabulary;
    private final SearchJournal journal;

    /**
     * @param vocabulary the syndicate's domain vocabulary, applied to each query's text as it stands at the time
     * @param journal    where each search is kept for the administrators' statistics
     */
    public SearchExperiences(ExperienceSearchEngine engine, QueryVocabulary vocabulary, SearchJournal journal) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /**
     * The results of the query, with its text's spelling corrected when a word of it is in no record and the
     * correction finds something: those of the correction then, saying so ({@link SearchResult#correctedQuery()}).
     * Such a word finds records only through typo tolerance, without the domain vocabulary, while its correction
     * brings both; the person can still ask for the text as typed.
     *
     * @throws fr.mutualis.search.shared.domain.IndexUnavailableException when the index cannot be reached
     */
    public SearchResult search(SearchQuery query) {
        return search(query, false);
    }

    /** @param asTyped the text exactly as typed, never replaced by its correction (which is still proposed) */
    public SearchResult search(SearchQuery query, boolean asTyped) {
        SearchResult result = correctedOrTyped(query, asTyped, (run, spelling, correction) -> {
            SearchResult found = engine.search(run, spelling);
            return correction == null ? found : new SearchResult(query, found.total(), found.totalEstimated(),
                    found.hits(), found.facets(), null, correction, found.nextCursor(), null);
        }, found -> found.total() > 0);
        return journal.keep(result).map(result::journaledAs).orElse(result);
    }

    /** One search of a query, as typed or as corrected. */
    @FunctionalInterface
    private interface Run<T> {

        /**
         * @param spelling   the spelling of {@code query}'s text, as worked out for it
         * @param correction the correction that {@code query} holds; null for the text as typed
         */
        T apply(SearchQuery query, Spelling spelling, String correction);
    }

    /**
     * What {@code run} answers for the correction of the query's text, when a word of it is in no record and the
     * correction finds something ({@code found}); else for the text, offering the correction. The words no record
     * uses and the correction are worked out once, before any record is searched: such a query is searched once, as
     * corrected.
     */
    private <T> T correctedOrTyped(SearchQuery query, boolean asTyped, Run<T> run, Predicate<T> found) {
        SearchQuery typed = Objects.requireNonNull(query, "query").expandedBy(vocabulary);
        List<String> unknownWords = engine.unknownWords(typed);
        Optional<String> correction = engine.correction(typed, unknownWords);
        if (correction.isPresent() && !asTyped) {
            SearchQuery corrected = query.withText(correction.get()).expandedBy(vocabulary);
            T result = run.apply(corrected, new Spelling(engine.unknownWords(corrected), null), correction.get());
            if (found.test(result)) {
                return result;
            }
        }
        return run.apply(typed, new Spelling(unknownWords, correction.orElse(null)), null);
    }

    /** @throws ExperienceNotFoundException if no such published record */
    public List<SearchHit> similar(String id, int size) {
        // Any text that is not a record id names no record: it never reaches the index.
        if (!IndexedExperience.isRecordId(id)) {
            throw new ExperienceNotFoundException(id);
        }
        return engine.similar(id, size);
    }

    public List<ExperienceSearchEngine.Suggestion> suggestions(String prefix, int size) {
        return engine.suggestions(prefix, size);
    }

    /**
     * Every hit of the query, in its order: those of its correction when its search would give them
     * ({@link #search(SearchQuery, boolean)}), so that the export holds what the person saw.
     *
     * @throws ExportTooLargeException if there are more than {@code max}: nothing is given then
     */
    public void export(SearchQuery query, boolean asTyped, int max, Consumer<SearchHit> hits) {
        long total = correctedOrTyped(query, asTyped,
                (run, spelling, correction) -> engine.export(run, spelling.unknownWords(), max, hits), found -> found > 0);
        if (total > max) {
            throw new ExportTooLargeException(total, max);
        }
    }
}
