package fr.mutualis.search.experience.application;

import fr.mutualis.search.experience.domain.ExperienceNotFoundException;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.experience.domain.QueryVocabulary;
import fr.mutualis.search.experience.domain.SearchJournal;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
        SearchResult result = searchCorrected(query, asTyped);
        return journal.keep(result).map(result::journaledAs).orElse(result);
    }

    /** The correction is asked first, alone: a query with a word in no record is searched once, as corrected. */
    private SearchResult searchCorrected(SearchQuery query, boolean asTyped) {
        SearchQuery typed = Objects.requireNonNull(query, "query").expandedBy(vocabulary);
        Optional<String> correction = asTyped ? Optional.empty() : engine.correction(typed);
        if (correction.isPresent()) {
            SearchResult corrected = engine.search(query.withText(correction.get()).expandedBy(vocabulary));
            if (corrected.total() > 0) {
                return new SearchResult(query, corrected.total(), corrected.totalEstimated(), corrected.hits(),
                        corrected.facets(), null, correction.get(), corrected.nextCursor(), null);
            }
        }
        return engine.search(typed);
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
     * Every hit of the query, in its order.
     *
     * @throws ExportTooLargeException if there are more than {@code max}: nothing is given then
     */
    public void export(SearchQuery query, int max, Consumer<SearchHit> hits) {
        long total = engine.export(query.expandedBy(vocabulary), max, hits);
        if (total > max) {
            throw new ExportTooLargeException(total, max);
        }
    }
}
