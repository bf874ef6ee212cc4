package fr.mutualis.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EventContractsTest {

    static java.util.List<String> published() {
        return EventContracts.published();
    }

    @ParameterizedTest
    @MethodSource("published")
    void every_published_example_satisfies_its_schema(String name) {
        assertThat(EventContracts.violations(EventContracts.example(name))).isEmpty();
    }

    @Test
    void the_published_events_are_those_with_an_example() {
        assertThat(EventContracts.published()).containsExactly("barometer.assessment.recorded.v1",
                "demat.acte.acknowledged.v1", "demat.acte.archived.v1", "demat.acte.cancelled.v1",
                "demat.acte.circuit-started.v1", "demat.acte.complement-requested.v1", "demat.acte.complement-sent.v1",
                "demat.acte.drafted.v1", "demat.acte.published.v1", "demat.acte.rejected.v1", "demat.acte.signed.v1",
                "demat.acte.transmission-refused.v1", "demat.acte.transmitted.v1", "demat.acte.updated.v1",
                "demat.acte.visa-given.v1", "experience.record.archived.v1", "experience.record.contact-erased.v1", "experience.record.created.v1",
                "experience.record.published.v1", "experience.record.updated.v1", "marches.bid.deposited.v1",
                "marches.consultation.abandoned.v1", "marches.consultation.awarded.v1", "marches.consultation.closed.v1",
                "marches.consultation.dce-modified.v1", "marches.consultation.deadline-postponed.v1",
                "marches.consultation.declared-unsuccessful.v1", "marches.consultation.opened.v1",
                "marches.consultation.published.v1", "marches.consultation.question-answered.v1",
                "marches.contract.modified.v1", "marches.contract.notified.v1", "platform.audit.recorded.v1",
                "referential.member.joined.v1", "referential.member.left.v1", "referential.member.updated.v1",
                "vocabulary.revision.published.v1");
    }

    @Test
    void a_snapshot_without_siren_is_refused() {
        String broken = EventContracts.example("experience.record.created.v1").replace("\"siren\": \"213502388\",", "");

        assertThat(EventContracts.violations(broken)).anySatisfy(message -> assertThat(message).contains("siren"));
    }

    @Test
    void an_unknown_axis_is_refused() {
        String broken = EventContracts.example("experience.record.created.v1")
                .replace("[\"dematerialisation\"]", "[\"blockchain\"]");

        assertThat(EventContracts.violations(broken)).isNotEmpty();
    }

    @Test
    void an_event_type_without_a_published_schema_is_refused() {
        String mislabelled = EventContracts.example("experience.record.created.v1")
                .replace("\"experience.record.created\"", "\"experience.record.deleted\"");

        assertThat(EventContracts.violations(mislabelled)).containsExactly("no published contract for experience.record.deleted.v1");
    }

    @Test
    void a_version_below_one_is_refused() {
        String broken = EventContracts.example("experience.record.updated.v1")
                .replace("\"aggregateVersion\": 3", "\"aggregateVersion\": 0");

        assertThat(EventContracts.violations(broken)).anySatisfy(message -> assertThat(message).contains("aggregateVersion"));
    }
}
