package fr.mutualis.search.vocabulary.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.domain.IndexUnavailableException;
import fr.mutualis.search.vocabulary.domain.DomainVocabulary;
import fr.mutualis.search.vocabulary.domain.VocabularyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CurrentVocabularyTest {

    /** Keeps the newest revision, as the external version of Elasticsearch does. */
    private static final class StoreStandIn implements VocabularyStore {
        DomainVocabulary kept;
        boolean unavailable;

        @Override
        public IndexOutcome save(DomainVocabulary vocabulary) {
            if (kept != null && kept.revision() >= vocabulary.revision()) {
                return IndexOutcome.STALE;
            }
            kept = vocabulary;
            return IndexOutcome.APPLIED;
        }

        @Override
        public Optional<DomainVocabulary> load() {
            if (unavailable) {
                throw new IndexUnavailableException("down", null);
            }
            return Optional.ofNullable(kept);
        }
    }

    private static DomainVocabulary acronym(long revision, String acronym) {
        return new DomainVocabulary(revision, List.of(new DomainVocabulary.Entry("sigle",
                List.of(acronym, "espace numérique de travail"))));
    }

    private final StoreStandIn store = new StoreStandIn();
    private final AtomicLong now = new AtomicLong();
    private final CurrentVocabulary vocabulary = new CurrentVocabulary(store, Duration.ofSeconds(2), now::get);

    @Test
    void a_consumed_revision_applies_at_once_and_an_older_one_changes_nothing() {
        assertThat(vocabulary.expand("ENT").alternatives()).isEmpty();

        assertThat(vocabulary.apply(acronym(2, "ENT"))).isEqualTo(IndexOutcome.APPLIED);
        assertThat(vocabulary.apply(acronym(1, "PNT"))).isEqualTo(IndexOutcome.STALE);

        assertThat(vocabulary.expand("ENT").alternatives()).containsExactly("espace numerique de travail");
        assertThat(vocabulary.expand("PNT").alternatives()).isEmpty();
    }

    @Test
    void a_revision_kept_by_another_instance_is_read_after_the_refresh_delay() {
        vocabulary.expand("ENT");
        store.save(acronym(5, "ENT"));

        assertThat(vocabulary.expand("ENT").alternatives()).isEmpty();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(vocabulary.expand("ENT").alternatives()).hasSize(1);
    }

    @Test
    void when_the_store_cannot_be_read_the_last_revision_read_stays() {
        vocabulary.apply(acronym(1, "ENT"));
        store.unavailable = true;
        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(vocabulary.current().revision()).isEqualTo(1);
    }
}
