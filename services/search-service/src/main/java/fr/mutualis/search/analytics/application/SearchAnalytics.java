package fr.mutualis.search.analytics.application;

import fr.mutualis.search.analytics.domain.KeptQuery;
import fr.mutualis.search.analytics.domain.KeptSearch;
import fr.mutualis.search.analytics.domain.SearchLog;
import fr.mutualis.search.analytics.domain.SearchStatistics;
import fr.mutualis.search.experience.domain.SearchJournal;
import fr.mutualis.search.experience.domain.SearchResult;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search journal's use cases. A search is written on {@code writer}, off the search's own path: a journal that
 * cannot keep up drops searches, it never slows one down nor makes it fail.
 */
public class SearchAnalytics implements SearchJournal {

    public static final int MAX_DAYS = 366;
    private static final Logger LOG = LoggerFactory.getLogger(SearchAnalytics.class);
    public static final int MAX_QUERIES = 100;

    private final SearchLog log;
    private final Executor writer;
    private final Clock clock;

    public SearchAnalytics(SearchLog log, Executor writer, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeps a search with text, on its first page; a listing or a next page is not a new search. */
    @Override
    public Optional<String> keep(SearchResult result) {
        if (result.query().isListing() || result.query().page() > 0 || result.query().cursor() != null) {
            return Optional.empty();
        }
        return KeptQuery.of(result.query().text()).map(query -> {
            String id = UUID.randomUUID().toString();
            KeptSearch search = new KeptSearch(id, query, result.total(), result.correctedQuery() != null,
                    clock.instant().truncatedTo(ChronoUnit.MINUTES));
            try {
                writer.execute(() -> append(search));
            } catch (RejectedExecutionException full) {
                return null;
            }
            return id;
        });
    }

    private void append(KeptSearch search) {
        try {
            log.append(search);
        } catch (RuntimeException e) {
            // A search that cannot be kept is lost for the statistics, never for the person searching.
            LOG.warn("A search could not be kept in the journal: {}", e.getMessage());
        }
    }

    /** @return false when no search {@code id} is kept */
    public boolean clicked(String id) {
        return log.clicked(id);
    }

    /**
     * @param days from 1 to {@value #MAX_DAYS}
     * @param size from 1 to {@value #MAX_QUERIES}
     */
    public SearchStatistics statistics(int days, int size) {
        if (days < 1 || days > MAX_DAYS || size < 1 || size > MAX_QUERIES) {
            throw new IllegalArgumentException("days " + days + ", size " + size);
        }
        return log.statistics(clock.instant().minus(Duration.ofDays(days)), size);
    }
}
