package fr.mutualis.search.experience.application;

import fr.mutualis.search.experience.domain.QueryVocabulary;
import fr.mutualis.search.experience.domain.SearchJournal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchResult;
import fr.mutualis.search.experience.domain.Spelling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SearchExperiencesTest {

    private static final SearchHit PARTICIPATION = new SearchHit("e7a1", "Participation citoyenne", "", "213502388",
            List.of(), 1.0, Map.of(), Map.of());

    /** An engine that knows one record, found by two words, and offers two corrections, one that finds nothing. */
    private static final class OneRecordEngine implements ExperienceSearchEngine {
        final List<String> searched = new ArrayList<>();
        final List<String> lookedUp = new ArrayList<>();

        @Override
        public SearchResult search(SearchQuery query, Spelling spelling) {
            searched.add(query.text());
            boolean found = query.text().contains("participation") || query.text().contains("budget");
            return new SearchResult(query, found ? 1 : 0, found ? List.of(PARTICIPATION) : List.of(), List.of(),
                    spelling.correction(), null, null);
        }

        @Override
        public List<String> unknownWords(SearchQuery query) {
            lookedUp.add(query.text());
            return Arrays.stream(query.text().split(" ")).filter(word -> word.equals("particpation")
                    || word.equals("zorglib") || word.equals("zorglub")).toList();
        }

        @Override
        public Optional<String> correction(SearchQuery query, List<String> unknownWords) {
            return unknownWords.contains("particpation") ? Optional.of("participation citoyenne")
                    : unknownWords.contains("zorglib") ? Optional.of("zorglub") : Optional.empty();
        }

        @Override
        public List<SearchHit> similar(String id, int size) {
            return List.of();
        }

        @Override
        public List<Suggestion> suggestions(String prefix, int size) {
            return List.of();
        }

        @Override
        public long export(SearchQuery query, List<String> unknownWords, int max, Consumer<SearchHit> hits) {
            SearchResult result = search(query, new Spelling(unknownWords, null));
            result.hits().forEach(hits);
            return result.total();
        }
    }

    @Test
    void a_text_that_finds_nothing_is_searched_as_corrected_and_says_so() {
        OneRecordEngine engine = new OneRecordEngine();

        SearchResult result = new SearchExperiences(engine, QueryVocabulary.NONE, SearchJournal.NONE).search(SearchQuery.of("particpation citoyenne", 0, 10));

        assertThat(engine.searched).as("searched once, as corrected").containsExactly("participation citoyenne");
        assertThat(result.hits()).containsExactly(PARTICIPATION);
        assertThat(result.correctedQuery()).isEqualTo("participation citoyenne");
        assertThat(result.query().text()).as("the text typed stays the query").isEqualTo("particpation citoyenne");
    }

    @Test
    void a_text_with_a_word_in_no_record_is_searched_as_corrected_even_when_its_other_words_find_records() {
        OneRecordEngine engine = new OneRecordEngine();
        SearchExperiences search = new SearchExperiences(engine, QueryVocabulary.NONE, SearchJournal.NONE);

        SearchResult corrected = search.search(SearchQuery.of("budget particpation", 0, 10));
        assertThat(engine.searched).containsExactly("participation citoyenne");
        assertThat(corrected.correctedQuery()).isEqualTo("participation citoyenne");

        engine.searched.clear();
        SearchResult asTyped = search.search(SearchQuery.of("budget particpation", 0, 10), true);
        assertThat(engine.searched).as("the text as typed, when asked").containsExactly("budget particpation");
        assertThat(asTyped.correctedQuery()).isNull();
        assertThat(asTyped.didYouMean()).as("the correction is still offered").isEqualTo("participation citoyenne");
    }

    @Test
    void a_correction_that_finds_nothing_is_only_offered() {
        OneRecordEngine engine = new OneRecordEngine();

        SearchResult result = new SearchExperiences(engine, QueryVocabulary.NONE, SearchJournal.NONE)
                .search(SearchQuery.of("zorglib", 0, 10));

        assertThat(engine.searched).containsExactly("zorglub", "zorglib");
        assertThat(result.correctedQuery()).isNull();
        assertThat(result.didYouMean()).isEqualTo("zorglub");
    }

    @Test
    void a_text_whose_words_are_all_known_or_that_has_no_correction_is_searched_once() {
        OneRecordEngine engine = new OneRecordEngine();
        SearchExperiences search = new SearchExperiences(engine, QueryVocabulary.NONE, SearchJournal.NONE);

        assertThat(search.search(SearchQuery.of("participation", 0, 10)).correctedQuery()).isNull();
        assertThat(search.search(SearchQuery.of("zorglub", 0, 10)).total()).isZero();
        assertThat(engine.searched).containsExactly("participation", "zorglub");
        assertThat(engine.lookedUp).as("the words no record uses are looked up once for each search")
                .containsExactly("participation", "zorglub");
    }

    @Test
    void the_export_holds_what_the_search_shows_the_correction_unless_the_text_as_typed_is_asked() {
        OneRecordEngine engine = new OneRecordEngine();
        SearchExperiences search = new SearchExperiences(engine, QueryVocabulary.NONE, SearchJournal.NONE);
        List<SearchHit> exported = new ArrayList<>();

        search.export(SearchQuery.of("budget particpation", 0, 1), false, 100, exported::add);
        assertThat(engine.searched).as("exported as searched: corrected").containsExactly("participation citoyenne");
        assertThat(exported).containsExactly(PARTICIPATION);

        engine.searched.clear();
        search.export(SearchQuery.of("budget particpation", 0, 1), true, 100, hit -> { });
        assertThat(engine.searched).as("the text as typed, when asked").containsExactly("budget particpation");

        engine.searched.clear();
        search.export(SearchQuery.of("zorglib", 0, 1), false, 100, hit -> { });
        assertThat(engine.searched).as("a correction that finds nothing is not exported")
                .containsExactly("zorglub", "zorglib");
    }
}
