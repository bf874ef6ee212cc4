package fr.mutualis.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.identifiers.InseeIdentifiers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SyntheticRecordsTest {

    /** The module's folder is the working directory of its tests. */
    private static final List<JsonNode> DEMO_RECORDS = GenerateCommand.tuningDemoRecords(
            Path.of("../..").resolve(GenerateCommand.DEMO_RECORDS));

    private final SyntheticRecords generator = new SyntheticRecords(2026);
    private final SyntheticRecords variants = SyntheticRecords.variantsOf(2026, DEMO_RECORDS);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_synthetic_event_satisfies_the_published_contract() {
        LongStream.range(0, 300).forEach(n -> {
            for (SyntheticRecords corpus : List.of(generator, variants)) {
                String event = json.writeValueAsString(corpus.event(n));
                assertThat(EventContracts.violations(event)).as(event).isEmpty();
            }
        });
    }

    @Test
    void the_narrow_corpus_writes_each_record_with_a_few_dozen_phrases_and_the_variants_with_the_demo_records_words() {
        assertThat(DEMO_RECORDS).hasSize(89).allSatisfy(record ->
                assertThat(record.path("status").asString()).isEqualTo("published"));
        assertThat(distinctWords(generator, 5000)).isLessThan(400);
        assertThat(distinctWords(variants, 5000)).isGreaterThan(1500);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_variant_starts_its_title_and_summary_as_its_source_does_and_its_text_is_its_own() {
        Map<String, String> summaries = new java.util.HashMap<>();
        DEMO_RECORDS.forEach(record -> summaries.put(firstWords(record.path("title").asString()),
                firstWords(record.path("summary").asString())));
        Set<String> titles = new java.util.HashSet<>();
        Set<String> texts = new java.util.HashSet<>();
        LongStream.range(0, 1000).forEach(n -> {
            Map<String, Object> data = (Map<String, Object>) variants.event(n).get("data");
            String title = (String) data.get("title");
            assertThat(summaries).containsKey(firstWords(title));
            titles.add(title);
            texts.add(title + "|" + data.get("summary") + "|" + data.get("description"));
        });
        assertThat(texts).hasSizeGreaterThan(990);
        assertThat(titles).hasSizeGreaterThan(DEMO_RECORDS.size() * 2);
        assertThat(variants.event(42)).isEqualTo(SyntheticRecords.variantsOf(2026, DEMO_RECORDS).event(42));
    }

    @Test
    void an_index_tells_its_corpus_by_the_narrow_records_summary() {
        assertThat(DEMO_RECORDS).noneSatisfy(record ->
                assertThat(record.path("summary").asString()).contains(SyntheticRecords.NARROW_SUMMARY));

        assertThat(SyntheticRecords.Corpus.of(withNarrowSummary(generator), 1000))
                .isEqualTo(SyntheticRecords.Corpus.NARROW);
        assertThat(SyntheticRecords.Corpus.of(withNarrowSummary(variants), 1000))
                .isEqualTo(SyntheticRecords.Corpus.VARIANTS);
    }

    @SuppressWarnings("unchecked")
    private static long withNarrowSummary(SyntheticRecords corpus) {
        return LongStream.range(0, 1000).filter(n -> ((String) ((Map<String, Object>) corpus.event(n).get("data"))
                .get("summary")).contains(SyntheticRecords.NARROW_SUMMARY)).count();
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return words[0] + " " + words[1];
    }

    @SuppressWarnings("unchecked")
    private static long distinctWords(SyntheticRecords corpus, int records) {
        return LongStream.range(0, records).mapToObj(n -> (Map<String, Object>) corpus.event(n).get("data"))
                .flatMap(data -> java.util.stream.Stream.of("title", "summary", "description")
                        .map(field -> ((String) data.get(field)).toLowerCase(java.util.Locale.ROOT)))
                .flatMap(text -> java.util.Arrays.stream(text.split("[^\\p{L}]+")))
                .filter(word -> !word.isEmpty()).distinct().count();
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
