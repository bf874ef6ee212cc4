package fr.mutualis.webhook.subscription.messaging;

import fr.mutualis.webhook.subscription.domain.CloudEvent;
import fr.mutualis.webhook.subscription.domain.ConsumedEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Reads a Kafka record as a CloudEvent in the Kafka binding's binary content mode (contracts/asyncapi.yaml): the
 * attributes are the {@code ce_*} headers (UTF-8), the content type is the {@code content-type} header, the value is
 * the data. The value is not parsed: it is delivered exactly as the producer wrote it.
 */
public final class CloudEventRecords {

    /** Headers without which a record is not a CloudEvent this service can deliver and sign. */
    static final List<String> REQUIRED = List.of("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time");
    /** Headers read when present. */
    static final List<String> OPTIONAL = List.of("ce_subject", "ce_schemaversion", "content-type");

    private CloudEventRecords() {
    }

    /** The record as a CloudEvent, or why it is not one. */
    public static Result read(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            String value = header(headers, name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            } else if (value.indexOf('\u0000') >= 0) {
                return new Result(Optional.empty(), "header " + name + " holds a NUL character");
            }
        }
        if (!missing.isEmpty()) {
            return new Result(Optional.empty(), "missing headers " + missing);
        }
        if (record.value() == null) {
            return new Result(Optional.empty(), "no value (tombstone)");
        }
        if (record.value().indexOf('\u0000') >= 0) {
            // PostgreSQL text cannot hold it: retrying could only block the partition for good.
            return new Result(Optional.empty(), "value holds a NUL character, which cannot be stored");
        }
        for (String name : OPTIONAL) {
            String value = header(headers, name);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return new Result(Optional.empty(), "header " + name + " holds a NUL character");
            }
        }
        CloudEvent event = new CloudEvent(
                header(headers, "ce_id"),
                header(headers, "ce_type"),
                header(headers, "ce_source"),
                header(headers, "ce_specversion"),
                header(headers, "ce_time"),
                header(headers, "ce_subject"),
                header(headers, "ce_schemaversion"),
                header(headers, "content-type"),
                record.value());
        return new Result(Optional.of(new ConsumedEvent(record.topic(), event)), null);
    }

    /**
     * @param event  the event, when the record is one
     * @param reason why it is not, otherwise
     */
    public record Result(Optional<ConsumedEvent> event, String reason) {
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
