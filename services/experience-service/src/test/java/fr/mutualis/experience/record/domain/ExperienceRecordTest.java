package fr.mutualis.experience.record.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExperienceRecordTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final UUID ID = UUID.fromString("e7a1d0c0-0000-4000-8000-000000000001");

    private static ExperienceContent content(String title) {
        return new ExperienceContent(title, "Un résumé.", Siren.of("223300013"), Set.of(Axis.OPEN_DATA));
    }

    @Test
    void a_new_record_is_published_at_version_1() {
        ExperienceRecord record = ExperienceRecord.create(ID, content("Portail open data"), false, T0);

        assertThat(record.version()).isEqualTo(1);
        assertThat(record.status()).isEqualTo(ExperienceStatus.PUBLISHED);
        assertThat(record.createdAt()).isEqualTo(T0);
        assertThat(record.updatedAt()).isEqualTo(T0);
    }

    @Test
    void each_update_adds_one_to_the_version_and_keeps_the_creation_time() {
        ExperienceRecord v1 = ExperienceRecord.create(ID, content("Portail open data"), true, T0);
        ExperienceRecord v2 = v1.update(content("Portail open data départemental"), T0.plusSeconds(60));
        ExperienceRecord v3 = v2.update(content("Portail open data départemental"), T0.plusSeconds(120));

        assertThat(List.of(v1.version(), v2.version(), v3.version())).containsExactly(1L, 2L, 3L);
        assertThat(v3.createdAt()).isEqualTo(T0);
        assertThat(v3.updatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(v3.demo()).isTrue();
        assertThat(v3.id()).isEqualTo(ID);
        assertThat(v1.content().title()).isEqualTo("Portail open data");
    }

    @Test
    void an_update_never_goes_back_before_the_creation() {
        ExperienceRecord v1 = ExperienceRecord.create(ID, content("Portail open data"), false, T0);
        assertThat(v1.update(content("Autre titre"), T0.minusSeconds(5)).updatedAt()).isEqualTo(T0);
    }

    @Test
    void the_snapshot_carries_codes_in_the_study_order() {
        ExperienceContent content = new ExperienceContent("  Fibre partout  ", "Résumé", Siren.of("223300013"),
                Set.of(Axis.PROTECTION_DONNEES, Axis.THD, Axis.OPEN_DATA));
        ExperienceRecordSnapshot snapshot = ExperienceRecord.create(ID, content, true, T0).snapshot();

        assertThat(snapshot.axes()).containsExactly("open-data", "thd", "protection-donnees");
        assertThat(snapshot.title()).isEqualTo("Fibre partout");
        assertThat(snapshot.status()).isEqualTo("published");
        assertThat(snapshot.siren()).isEqualTo("223300013");
        assertThat(snapshot.demo()).isTrue();
    }

    @Test
    void events_carry_the_version_and_time_of_the_change() {
        ExperienceRecord v1 = ExperienceRecord.create(ID, content("Portail open data"), false, T0);
        ExperienceRecord v2 = v1.update(content("Nouveau titre"), T0.plusSeconds(1));

        ExperienceRecordCreated created = ExperienceRecordCreated.of(v1);
        ExperienceRecordUpdated updated = ExperienceRecordUpdated.of(v2);

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.occurredAt()).isEqualTo(T0);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.snapshot().title()).isEqualTo("Nouveau titre");
        assertThat(updated.occurredAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void title_has_3_to_200_characters() {
        assertThatThrownBy(() -> content("ab")).isInstanceOf(ExperienceRecordRuleException.class)
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("title");
        assertThatThrownBy(() -> content("   ab   ")).isInstanceOf(ExperienceRecordRuleException.class);
        assertThatThrownBy(() -> content("x".repeat(201))).isInstanceOf(ExperienceRecordRuleException.class);
        assertThat(content("abc").title()).isEqualTo("abc");
        assertThat(content("x".repeat(200)).title()).hasSize(200);
    }

    @Test
    void summary_is_required_and_at_most_2000_characters() {
        Siren siren = Siren.of("223300013");
        Set<Axis> axes = Set.of(Axis.CLOUD);
        assertThatThrownBy(() -> new ExperienceContent("Titre", " ", siren, axes))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("summary");
        assertThatThrownBy(() -> new ExperienceContent("Titre", "x".repeat(2001), siren, axes))
                .isInstanceOf(ExperienceRecordRuleException.class);
        assertThat(new ExperienceContent("Titre", "x".repeat(2000), siren, axes).summary()).hasSize(2000);
    }

    @Test
    void at_least_one_axis() {
        assertThatThrownBy(() -> new ExperienceContent("Titre", "Résumé", Siren.of("223300013"), Set.of()))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("axes");
        assertThatThrownBy(() -> new ExperienceContent("Titre", "Résumé", Siren.of("223300013"), null))
                .isInstanceOf(ExperienceRecordRuleException.class);
    }

    @Test
    void a_page_counts_its_pages() {
        assertThat(new ExperienceRecordPage(List.of(), new PageQuery(0, 20), 0).totalPages()).isZero();
        assertThat(new ExperienceRecordPage(List.of(), new PageQuery(0, 20), 20).totalPages()).isEqualTo(1);
        assertThat(new ExperienceRecordPage(List.of(), new PageQuery(0, 20), 21).totalPages()).isEqualTo(2);
        assertThatThrownBy(() -> new PageQuery(0, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageQuery(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
