package fr.mutualis.search.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.search.analytics.domain.KeptSearch;
import fr.mutualis.search.analytics.domain.SearchLog;
import fr.mutualis.search.analytics.domain.SearchStatistics;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class SearchAnalyticsTest {

    private final List<KeptSearch> kept = new ArrayList<>();
    private final SearchLog log = new SearchLog() {
        @Override
        public void append(KeptSearch search) {
            kept.add(search);
        }

        @Override
        public boolean clicked(String id) {
            return false;
        }

        @Override
        public SearchStatistics statistics(Instant since, int size) {
            return new SearchStatistics(since, 0, List.of(), List.of());
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:15:42Z"), ZoneOffset.UTC);
    private final SearchAnalytics analytics = new SearchAnalytics(log, Runnable::run, clock);

    private static SearchResult found(SearchQuery query, long total) {
        return new SearchResult(query, total, List.of());
    }

    @Test
    void a_search_with_text_is_kept_to_the_minute_with_its_count_and_nothing_about_who_made_it() {
        String id = analytics.keep(found(SearchQuery.of("Cantine BIO", 0, 10), 3)).orElseThrow();

        assertThat(kept).containsExactly(new KeptSearch(id, "cantine bio", 3, false,
                Instant.parse("2026-12-02T10:15:00Z")));
    }

    @Test
    void a_listing_and_a_next_page_are_not_new_searches() {
        assertThat(analytics.keep(found(SearchQuery.of("", 0, 10), 150))).isEmpty();
        assertThat(analytics.keep(found(SearchQuery.of("cantine", 2, 10), 30))).isEmpty();
        assertThat(kept).isEmpty();
    }

    @Test
    void a_search_the_writer_cannot_take_is_dropped_and_the_search_goes_on() {
        SearchAnalytics full = new SearchAnalytics(log, task -> {
            throw new RejectedExecutionException("full");
        }, clock);

        assertThat(full.keep(found(SearchQuery.of("cantine", 0, 10), 1))).isEmpty();
    }

    @Test
    void a_journal_that_fails_never_fails_the_search() {
        SearchLog failing = new SearchLog() {
            @Override
            public void append(KeptSearch search) {
                throw new IllegalStateException("index down");
            }

            @Override
            public boolean clicked(String id) {
                return false;
            }

            @Override
            public SearchStatistics statistics(Instant since, int size) {
                throw new IllegalStateException("index down");
            }
        };

        assertThat(new SearchAnalytics(failing, Runnable::run, clock)
                .keep(found(SearchQuery.of("cantine", 0, 10), 1))).isPresent();
    }

    @Test
    void statistics_cover_from_one_day_to_a_year_and_lists_of_at_most_a_hundred_queries() {
        assertThat(analytics.statistics(30, 20).since()).isEqualTo(Instant.parse("2026-11-02T10:15:42Z"));
        assertThatThrownBy(() -> analytics.statistics(0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analytics.statistics(30, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
