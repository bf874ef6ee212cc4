package fr.mutualis.prefecture.transmission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActeEnvelopeTest {

    private static EnvelopeFields fields(String date, String numero, String nature, String identifier, String... matieres) {
        return new EnvelopeFields(date, numero, nature, Arrays.asList(matieres), "Attribution du marché", identifier,
                "2026-01-01", "deliberation.pdf", "1", List.of("annexe-1.pdf"));
    }

    private static List<String> violations(EnvelopeFields fields) {
        List<Violation> violations = new ArrayList<>();
        ActeEnvelope.check(fields, violations);
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void a_consistent_envelope_is_taken() {
        List<Violation> violations = new ArrayList<>();
        ActeEnvelope envelope = ActeEnvelope.check(fields("2026-11-30", "2026_042", "1",
                "033-223300013-20261130-2026_042-DE", "1", "1"), violations).orElseThrow();

        assertThat(violations).isEmpty();
        assertThat(envelope.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(envelope.nature()).isEqualTo(NatureActe.DELIBERATION);
        assertThat(envelope.classification().code()).isEqualTo("1.1");
        assertThat(envelope.annexNames()).containsExactly("annexe-1.pdf");
    }

    @Test
    void the_identifier_must_agree_with_date_number_and_nature() {
        assertThat(violations(fields("2026-11-30", "2026_042", "3", "033-223300013-20261201-2026_043-DE", "1")))
                .containsExactly("enveloppe.IDActe", "enveloppe.IDActe", "enveloppe.IDActe");
        assertThat(violations(fields("2026-11-30", "2026_042", "1", "33-223300013-20261130-2026_042-DE", "1")))
                .containsExactly("enveloppe.IDActe");
        assertThat(violations(fields("2026-11-30", "2026_042", "1", "02A-223300013-20261130-2026_042-DE", "1")))
                .isEmpty();
    }

    @Test
    void nature_classification_and_dates_are_checked() {
        assertThat(violations(fields("30/11/2026", "2026-042", "7", "x"))).containsExactly("enveloppe.Date",
                "enveloppe.NumeroInterne", "enveloppe.CodeNatureActe", "enveloppe.CodeMatiere1", "enveloppe.IDActe");
        assertThat(violations(fields("2026-11-30", "2026_042", "1", "033-223300013-20261130-2026_042-DE", null, "1")))
                .containsExactly("enveloppe.CodeMatiere2");
    }

    @Test
    void the_policy_refuses_by_matiere_or_nature_and_asks_for_pieces() {
        ControlPolicy policy = new ControlPolicy(Set.of(6), Set.of("9.4"), Set.of(), Set.of("1"), "Merci.");

        assertThat(policy.refusalOf(transmission(NatureActe.DELIBERATION, "9.4.1"))).get().asString()
                .contains("matière 9.4");
        assertThat(policy.refusalOf(transmission(NatureActe.DELIBERATION, "9.1"))).isEmpty();
        assertThat(policy.refusalOf(transmission(NatureActe.AUTRE, "3.1"))).isPresent();
        assertThat(policy.complementFor(transmission(NatureActe.CONTRAT, "1.1"))).contains("Merci.");
        assertThat(policy.complementFor(transmission(NatureActe.CONTRAT, "10.1"))).isEmpty();
    }

    private static Transmission transmission(NatureActe nature, String matiere) {
        return new Transmission(UUID.randomUUID(), "t", "id", nature, Classification.parse(matiere), Instant.EPOCH,
                TransmissionStatus.EN_ATTENTE, null, null, null, List.of());
    }
}
