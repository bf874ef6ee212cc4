package fr.mutualis.search.consultation.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.consultation.domain.PublishedConsultation;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored document against the index template, whose mapping is strict: a field it lacks would be refused. */
class ElasticsearchConsultationIndexTest {

    static PublishedConsultation consultation(String state) {
        var award = new PublishedConsultation.Award(UUID.randomUUID().toString(), 1);
        return new PublishedConsultation(UUID.randomUUID().toString(), "2026-DSI-014",
                new PublishedConsultation.Buyer("223300013", "Département de la Gironde"), "Maintenance du portail",
                "72267000-4", "Appel d'offres ouvert", "Marché", "services",
                List.of(new PublishedConsultation.Lot(1, "Maintenance", new BigDecimal("180000.0")),
                        new PublishedConsultation.Lot(2, "Hébergement", null)),
                new BigDecimal("240000.0"), new PublishedConsultation.Place("33063", "Code commune"),
                OffsetDateTime.parse("2027-01-15T12:00:00+01:00"), state, Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-02T10:00:00Z"),
                List.of(new PublishedConsultation.DceFile("3f".repeat(32), "RC.pdf", "application/pdf", 184233,
                        Instant.parse("2026-12-01T08:55:00Z"))),
                List.of(new PublishedConsultation.Question(UUID.randomUUID().toString(), "Quelle durée ?", null,
                        "Quatre ans.", Instant.parse("2026-12-05T10:00:00Z"))),
                state.equals("sans-suite") ? "Besoin disparu" : null,
                state.equals("attribuee") ? List.of(award) : List.of(), 9);
    }

    private static JsonNode mapping() throws Exception {
        try (InputStream in = ElasticsearchConsultationIndexTest.class
                .getResourceAsStream("/elasticsearch/index-templates/consultations.json")) {
            return JsonMapper.builder().build().readTree(in).path("template").path("mappings").path("properties");
        }
    }

    @Test
    void every_field_of_the_document_is_in_the_mapping() throws Exception {
        JsonNode properties = mapping();
        for (String state : PublishedConsultation.STATES) {
            Map<String, Object> document = ElasticsearchConsultationIndex.document(consultation(state));
            assertThat(unmapped(document, properties, "")).as(state).isEmpty();
        }
    }

    @Test
    void only_an_open_consultation_sorts_by_its_deadline() {
        Map<String, Object> open = ElasticsearchConsultationIndex.document(consultation("publiee"));
        assertThat(open.get("open")).isEqualTo(true);
        assertThat(open.get("openUntil")).isEqualTo("2027-01-15T12:00:00+01:00");
        assertThat(open.get("deadline")).isEqualTo("2027-01-15T12:00:00+01:00");
        assertThat(open.get("cpvDivision")).isEqualTo("72");
        assertThat(open.get("cpvPath")).isEqualTo(List.of("72", "722", "7226", "72267"));

        Map<String, Object> closed = ElasticsearchConsultationIndex.document(consultation("cloturee"));
        assertThat(closed.get("open")).isEqualTo(false);
        assertThat(closed).doesNotContainKey("openUntil").containsKey("deadline");
    }

    @Test
    void absent_values_are_left_out_never_null() {
        Map<String, Object> document = ElasticsearchConsultationIndex.document(consultation("publiee"));
        assertThat(document).doesNotContainKey("outcomeReason");
        @SuppressWarnings("unchecked")
        var lots = (List<Map<String, Object>>) document.get("lots");
        assertThat(lots.get(1)).containsOnlyKeys("numero", "title");
        assertThat(document.toString()).doesNotContain("=null");
    }

    /** The document's paths that the mapping does not declare; disabled objects take anything. */
    @SuppressWarnings("unchecked")
    private static List<String> unmapped(Map<String, Object> document, JsonNode properties, String prefix) {
        List<String> unmapped = new ArrayList<>();
        document.forEach((name, value) -> {
            JsonNode field = properties.path(name);
            if (field.isMissingNode()) {
                unmapped.add(prefix + name);
            } else if (field.has("properties")) {
                List<Object> values = value instanceof List<?> list ? (List<Object>) list : List.of(value);
                values.forEach(item -> unmapped.addAll(
                        unmapped((Map<String, Object>) item, field.path("properties"), prefix + name + ".")));
            }
        });
        return unmapped;
    }
}
