package fr.mutualis.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.identifiers.InseeIdentifiers;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SyntheticRecordsTest {

    private final SyntheticRecords generator = new SyntheticRecords(2026);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_synthetic_event_satisfies_the_published_contract() {
        LongStream.range(0, 300).forEach(n -> {
            String event = json.writeValueAsString(generator.event(n));
            assertThat(EventContracts.violations(event)).as(event).isEmpty();
        });
    }

    @Test
    void a_record_is_the_same_for_the_same_seed_and_number_and_differs_otherwise() {
        assertThat(new SyntheticRecords(2026).event(42)).isEqualTo(generator.event(42));
        assertThat(generator.event(43).get("aggregateId")).isNotEqualTo(generator.event(42).get("aggregateId"));
        assertThat(new SyntheticRecords(7).event(42).get("aggregateId")).isNotEqualTo(generator.event(42).get("aggregateId"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void records_spread_over_every_axis_and_kind() {
        var axes = LongStream.range(0, 2000).mapToObj(n -> ((Map<String, Object>) generator.event(n).get("data")).get("axes"))
                .flatMap(list -> ((java.util.List<String>) list).stream()).distinct().toList();
        var kinds = LongStream.range(0, 2000).mapToObj(n -> ((Map<String, Object>) ((Map<String, Object>)
                generator.event(n).get("data")).get("collectivite")).get("kind")).distinct().toList();
        assertThat(axes).containsExactlyInAnyOrder(SyntheticRecords.AXES);
        assertThat(kinds).containsExactlyInAnyOrder("commune", "epci", "departement", "region");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sirens_carry_a_valid_luhn_key() {
        LongStream.range(0, 200).mapToObj(n -> (String) ((Map<String, Object>) ((Map<String, Object>)
                generator.event(n).get("data")).get("collectivite")).get("siren"))
                .forEach(siren -> assertThat(InseeIdentifiers.isSiren(siren)).as(siren).isTrue());
    }

    @Test
    void a_synthetic_record_carries_the_cloudevents_headers_of_the_outbox_connector() {
        Map<String, Object> event = generator.event(7);
        Map<String, String> headers = GenerateCommand.cloudEventHeaders(event);

        // The attributes CloudEvents requires in binary mode: webhook-service dead-letters a record without them.
        assertThat(headers).containsKeys("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time")
                .containsEntry("ce_id", (String) event.get("eventId"))
                .containsEntry("ce_subject", (String) event.get("aggregateId"))
                .containsEntry("ce_specversion", "1.0");
        assertThat(java.time.Instant.parse(headers.get("ce_time"))).isNotNull();
    }
}
