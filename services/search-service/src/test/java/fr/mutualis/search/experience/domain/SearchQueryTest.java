package fr.mutualis.search.experience.domain;

import org.junit.jupiter.api.Test;

import static fr.mutualis.search.experience.domain.SearchQuery.Violation.Kind.BAD_CURSOR;
import static fr.mutualis.search.experience.domain.SearchQuery.Violation.Kind.BEYOND_RESULT_WINDOW;
import static fr.mutualis.search.experience.domain.SearchQuery.Violation.Kind.CURSOR_OF_ANOTHER_SORT;
import static fr.mutualis.search.experience.domain.SearchQuery.Violation.Kind.PAGE_NEGATIVE;
import static fr.mutualis.search.experience.domain.SearchQuery.Violation.Kind.SIZE_OUT_OF_RANGE;
import static fr.mutualis.search.experience.domain.SearchQuery.Violation.Kind.TEXT_TOO_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    @Test
    void stripsTheTextAndTreatsBlankAsAListing() {
        assertThat(SearchQuery.of("  actes ", 0, 10).text()).isEqualTo("actes");
        assertThat(SearchQuery.of("   ", 0, 10).isListing()).isTrue();
        assertThat(SearchQuery.of(null, 0, 10).isListing()).isTrue();
        assertThat(SearchQuery.of("actes", 0, 10).isListing()).isFalse();
    }

    @Test
    void searchesAQuestionByItsSubjectAndKeepsItAsTyped() {
        SearchQuery question = SearchQuery.of("Comment sécuriser les données ? Quelles solutions ?", 0, 10);

        assertThat(question.text()).isEqualTo("Comment sécuriser les données ? Quelles solutions ?");
        assertThat(question.expansion().unprotectedText()).isEqualTo("sécuriser les données ? solutions ?");
        assertThat(question.expandedBy(text -> QueryExpansion.none("[" + text + "]")).expansion().unprotectedText())
                .isEqualTo("[sécuriser les données ? solutions ?]");
        assertThat(SearchQuery.of("commentaires des habitants", 0, 10).expansion().unprotectedText())
                .as("a word that begins like one is not one").isEqualTo("commentaires des habitants");
        assertThat(SearchQuery.of("pourquoi ?", 0, 10).expansion().unprotectedText())
                .as("nothing else to search").isEqualTo("pourquoi ?");
    }

    @Test
    void computesTheOffsetOfAPage() {
        assertThat(SearchQuery.of("x", 3, 20).offset()).isEqualTo(60);
    }

    @Test
    void acceptsTheBoundaries() {
        assertThat(SearchQuery.of("x", 0, 1).size()).isEqualTo(1);
        assertThat(SearchQuery.of("x", 99, SearchQuery.MAX_SIZE).page()).isEqualTo(99);
        assertThat(SearchQuery.of("x".repeat(SearchQuery.MAX_TEXT_LENGTH), 0, 10).text()).hasSize(500);
    }

    @Test
    void reportsEveryInvalidParameterAtOnce() {
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(501), -1, 0))
                .isInstanceOfSatisfying(InvalidSearchQueryException.class, e -> assertThat(e.violations())
                        .extracting(SearchQuery.Violation::kind, SearchQuery.Violation::parameter,
                                SearchQuery.Violation::rejected)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(TEXT_TOO_LONG, "q", 501L),
                                org.assertj.core.groups.Tuple.tuple(PAGE_NEGATIVE, "page", -1L),
                                org.assertj.core.groups.Tuple.tuple(SIZE_OUT_OF_RANGE, "size", 0L)));
    }

    @Test
    void refusesASizeAboveTheMaximum() {
        assertThatThrownBy(() -> SearchQuery.of("x", 0, 101))
                .isInstanceOfSatisfying(InvalidSearchQueryException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .extracting(SearchQuery.Violation::kind).isEqualTo(SIZE_OUT_OF_RANGE));
    }

    @Test
    void refusesTheLargestPagesInsteadOfOverflowing() {
        assertThatThrownBy(() -> SearchQuery.of("x", Integer.MAX_VALUE, 10))
                .isInstanceOfSatisfying(InvalidSearchQueryException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .extracting(SearchQuery.Violation::kind).isEqualTo(BEYOND_RESULT_WINDOW));
        assertThatThrownBy(() -> SearchQuery.of("x", Integer.MAX_VALUE, Integer.MAX_VALUE))
                .isInstanceOfSatisfying(InvalidSearchQueryException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .extracting(SearchQuery.Violation::kind).isEqualTo(SIZE_OUT_OF_RANGE));
        assertThatThrownBy(() -> SearchQuery.of("x", Integer.MIN_VALUE, Integer.MIN_VALUE))
                .isInstanceOfSatisfying(InvalidSearchQueryException.class,
                        e -> assertThat(e.violations()).extracting(SearchQuery.Violation::kind)
                                .containsExactly(PAGE_NEGATIVE, SIZE_OUT_OF_RANGE));
    }

    @Test
    void refusesACursorOfAnotherSort() {
        String byDate = new Cursor(SearchQuery.Sort.DATE, 1_763_625_600_000L,
                java.util.UUID.randomUUID().toString()).encode();

        assertThat(SearchQuery.of("", 0, 10, java.util.Map.of(), null, byDate, false, null, null).cursor())
                .isNotNull();
        assertThatThrownBy(() -> SearchQuery.of("actes", 0, 10, java.util.Map.of(), "pertinence", byDate, false,
                null, null))
                .isInstanceOfSatisfying(InvalidSearchQueryException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .extracting(SearchQuery.Violation::kind).isEqualTo(CURSOR_OF_ANOTHER_SORT));
        assertThatThrownBy(() -> SearchQuery.of("actes", 0, 10, java.util.Map.of(), null, "Hw", false, null, null))
                .isInstanceOfSatisfying(InvalidSearchQueryException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .extracting(SearchQuery.Violation::kind).isEqualTo(BAD_CURSOR));
    }

    @Test
    void refusesAPageBeyondTheResultWindow() {
        assertThatThrownBy(() -> SearchQuery.of("x", 100, 100))
                .isInstanceOfSatisfying(InvalidSearchQueryException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .extracting(SearchQuery.Violation::kind).isEqualTo(BEYOND_RESULT_WINDOW));
    }
}
