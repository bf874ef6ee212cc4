package fr.mutualis.search.shared.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.domain.IndexUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class IndexingMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final IndexingMetrics metrics = new IndexingMetrics(meters, "actes");

    @Test
    void each_write_is_timed_by_outcome_and_its_documents_counted() {
        assertThat(metrics.write(1, () -> IndexOutcome.APPLIED)).isEqualTo(IndexOutcome.APPLIED);
        assertThat(metrics.write(1, () -> IndexOutcome.STALE)).isEqualTo(IndexOutcome.STALE);
        assertThatThrownBy(() -> metrics.write(1, () -> {
            throw new IndexUnavailableException("Elasticsearch unavailable", null);
        })).isInstanceOf(IndexUnavailableException.class);

        for (String outcome : new String[] {"applied", "stale", "failed"}) {
            assertThat(meters.get(IndexingMetrics.WRITES_METER).tags("index", "actes", "outcome", outcome).timer()
                    .count()).as(outcome).isEqualTo(1);
        }
        var batches = meters.get(IndexingMetrics.BATCH_SIZE_METER).tag("index", "actes").summary();
        assertThat(batches.count()).isEqualTo(3);
        assertThat(batches.totalAmount()).isEqualTo(3);
    }
}
