package fr.mutualis.search.experience.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.experience.domain.IndexedExperience;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only public records reach the index; any other snapshot removes its record, at its version. */
class IndexExperienceEventTest {

    private final List<String> calls = new ArrayList<>();
    private final IndexExperienceEvent useCase = new IndexExperienceEvent(changes -> changes.stream()
            .map(change -> {
                calls.add(change instanceof ExperienceIndex.Put put
                        ? "index " + put.experience().status() + " v" + put.version()
                        : "remove v" + change.version());
                return IndexOutcome.APPLIED;
            }).toList(), new SimpleMeterRegistry());

    private static ExperienceEvent snapshot(ExperienceEventType type, String status, long version) {
        Instant now = Instant.parse("2026-11-20T08:00:00Z");
        return new ExperienceEvent.SnapshotChanged(UUID.randomUUID(), type, new IndexedExperience(
                UUID.randomUUID().toString(), "Titre", "Résumé", "213300627", List.of("thd"), status, false, now, now,
                version, Map.of("contact", Map.of("name", "Claire Martin", "email", "c.martin@example.fr",
                "consentAt", "2026-11-20T08:00:00Z"))));
    }

    @Test
    void aDraftIsRemovedNeverIndexed() {
        useCase.handle(snapshot(ExperienceEventType.RECORD_CREATED, "draft", 1));
        useCase.handle(snapshot(ExperienceEventType.RECORD_UPDATED, "draft", 2));
        useCase.handle(snapshot(ExperienceEventType.RECORD_CONTACT_ERASED, "draft", 3));

        assertThat(calls).containsExactly("remove v1", "remove v2", "remove v3");
    }

    @Test
    void aBatchIsAppliedTogetherInOrder() {
        var outcomes = useCase.handleAll(List.of(snapshot(ExperienceEventType.RECORD_PUBLISHED, "published", 2),
                snapshot(ExperienceEventType.RECORD_UPDATED, "draft", 1)));

        assertThat(outcomes).containsExactly(IndexOutcome.APPLIED, IndexOutcome.APPLIED);
        assertThat(calls).containsExactly("index published v2", "remove v1");
    }

    @Test
    void publishedAndArchivedRecordsAreIndexed() {
        useCase.handle(snapshot(ExperienceEventType.RECORD_PUBLISHED, "published", 2));
        useCase.handle(snapshot(ExperienceEventType.RECORD_ARCHIVED, "archived", 3));

        assertThat(calls).containsExactly("index published v2", "index archived v3");
    }
}
