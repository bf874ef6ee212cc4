package fr.mutualis.search.shared.elasticsearch;

import fr.mutualis.search.shared.domain.IndexOutcome;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The metrics of the writes to one index: {@value #WRITES_METER}, a timer of each write request tagged by
 * {@code index} and {@code outcome} ({@code applied}, {@code stale} when the index already held that version or a
 * newer one, {@code failed}); and {@value #BATCH_SIZE_METER}, the documents each request carries — one while
 * the experiences index groups a consumer's batch in bulk requests, the other indices write one document per event.
 */
public final class IndexingMetrics {

    public static final String WRITES_METER = "mutualis.search.indexing";
    public static final String BATCH_SIZE_METER = "mutualis.search.indexing.batch.size";
    static final String FAILED = "failed";

    private final MeterRegistry meters;
    private final String index;
    private final DistributionSummary batchSizes;

    /** @param index the logical index (its alias): the same tag whichever concrete index a rebuild writes to */
    public IndexingMetrics(MeterRegistry meters, String index) {
        this.meters = Objects.requireNonNull(meters, "meters");
        this.index = Objects.requireNonNull(index, "index");
        this.batchSizes = DistributionSummary.builder(BATCH_SIZE_METER)
                .description("Documents per write request to the index")
                .tag("index", index)
                .register(meters);
    }

    /** Times one write request of {@code documents} documents; a failure is timed, counted and thrown again. */
    public IndexOutcome write(int documents, Supplier<IndexOutcome> request) {
        return write(documents, request, IndexingMetrics::outcomeOf);
    }

    /**
     * Times one write request of {@code documents} documents, tagged with the outcome {@code outcome} names; a failure
     * is timed, counted and thrown again.
     */
    public <T> T write(int documents, Supplier<T> request, Function<T, String> outcome) {
        batchSizes.record(documents);
        Timer.Sample sample = Timer.start(meters);
        String tag = FAILED;
        try {
            T result = request.get();
            tag = outcome.apply(result);
            return result;
        } finally {
            sample.stop(Timer.builder(WRITES_METER)
                    .description("Write requests to the index, by outcome")
                    .tags("index", index, "outcome", tag)
                    // Buckets from 1 ms to 30 s (the client's socket timeout is 10 s): percentiles across instances.
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(30))
                    .register(meters));
        }
    }

    /** The tag of one change's outcome. */
    private static String outcomeOf(IndexOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    /** The tag of a bulk request: {@code applied} when it changed anything, else {@code stale}. */
    public static String outcomeOfAll(List<IndexOutcome> outcomes) {
        return outcomeOf(outcomes.contains(IndexOutcome.APPLIED) ? IndexOutcome.APPLIED : IndexOutcome.STALE);
    }
}
