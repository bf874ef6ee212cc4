package fr.mutualis.search.experience.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IndexedExperienceTest {

    private static IndexedExperience withStatus(String status, Map<String, Object> details) {
        Instant now = Instant.parse("2026-11-20T08:00:00Z");
        return new IndexedExperience(UUID.randomUUID().toString(), "Titre", "Résumé", "213300627",
                List.of("thd"), status, false, now, now, 1, details);
    }

    @Test
    void onlyPublishedAndArchivedRecordsArePublic() {
        assertThat(withStatus("published", Map.of()).isPublic()).isTrue();
        assertThat(withStatus("archived", Map.of()).isPublic()).isTrue();
        assertThat(withStatus("draft", Map.of()).isPublic()).isFalse();
        assertThat(withStatus("a-status-of-a-later-release", Map.of()).isPublic()).isFalse();
    }

    @Test
    void keepsAContactOnlyWithItsConsent() {
        Map<String, Object> consented = Map.of("name", "Claire Martin", "consentAt", "2026-11-20T08:00:00Z");

        assertThat(withStatus("published", Map.of("contact", consented)).details()).containsKey("contact");
        assertThat(withStatus("published", Map.of("contact", Map.of("name", "Claire Martin"))).details())
                .doesNotContainKey("contact");
        assertThat(withStatus("published", Map.of("contact", "Claire Martin")).details()).doesNotContainKey("contact");
    }

    @Test
    void recordIdsAreUuids() {
        assertThat(IndexedExperience.isRecordId(UUID.randomUUID().toString())).isTrue();
        assertThat(IndexedExperience.isRecordId("a b")).isFalse();
        assertThat(IndexedExperience.isRecordId("../../_cat/indices")).isFalse();
        assertThat(IndexedExperience.isRecordId("1-1-1-1-1")).isFalse();
        assertThat(IndexedExperience.isRecordId(null)).isFalse();
    }
}
