package fr.mutualis.webhook.subscription.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.webhook.subscription.domain.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class CloudEventRecordsTest {

    private static final String VALUE = "{\"eventId\":\"6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10\"}";

    private static Map<String, String> debeziumHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("id", "6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10");
        headers.put("ce_id", "6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10");
        headers.put("ce_type", "experience.record.created");
        headers.put("ce_time", "2026-11-22T08:00:00.123456Z");
        headers.put("ce_subject", "0e9b1a5c-1111-4222-8333-944455556666");
        headers.put("ce_schemaversion", "1");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_source", "/mutualis/experience-service");
        headers.put("content-type", "application/json");
        return headers;
    }

    private static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        headers.forEach((name, text) -> kafkaHeaders.add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
        return new ConsumerRecord<>("mutualis.experience.events", 1, 42L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "0e9b1a5c-1111-4222-8333-944455556666", value, kafkaHeaders, Optional.empty());
    }

    @Test
    void reads_the_attributes_from_the_ce_headers_and_keeps_the_value_as_it_is() {
        CloudEventRecords.Result result = CloudEventRecords.read(record(debeziumHeaders(), VALUE));

        assertThat(result.event()).isPresent();
        assertThat(result.event().get().topic()).isEqualTo("mutualis.experience.events");
        assertThat(result.event().get().event()).isEqualTo(new CloudEvent("6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10",
                "experience.record.created", "/mutualis/experience-service", "1.0", "2026-11-22T08:00:00.123456Z",
                "0e9b1a5c-1111-4222-8333-944455556666", "1", "application/json", VALUE));
    }

    @Test
    void subject_schema_version_and_content_type_are_optional() {
        Map<String, String> headers = debeziumHeaders();
        headers.remove("ce_subject");
        headers.remove("ce_schemaversion");
        headers.remove("content-type");

        CloudEvent event = CloudEventRecords.read(record(headers, VALUE)).event().orElseThrow().event();

        assertThat(event.subject()).isNull();
        assertThat(event.schemaVersion()).isNull();
        assertThat(event.dataContentType()).isEqualTo("application/json");
    }

    @Test
    void a_record_without_the_required_attributes_is_not_a_cloudevent() {
        Map<String, String> headers = debeziumHeaders();
        headers.remove("ce_time");
        headers.put("ce_source", " ");

        CloudEventRecords.Result result = CloudEventRecords.read(record(headers, VALUE));

        assertThat(result.event()).isEmpty();
        assertThat(result.reason()).isEqualTo("missing headers [ce_source, ce_time]");
    }

    @Test
    void a_tombstone_or_what_postgresql_cannot_store_is_not_deliverable() {
        assertThat(CloudEventRecords.read(record(debeziumHeaders(), null)).reason()).contains("tombstone");
        assertThat(CloudEventRecords.read(record(debeziumHeaders(), "{\"a\":\"\u0000\"}")).reason()).contains("NUL");
        Map<String, String> headers = debeziumHeaders();
        headers.put("ce_subject", "a\u0000b");
        assertThat(CloudEventRecords.read(record(headers, VALUE)).reason()).contains("ce_subject");
    }
}
