package fr.mutualis.webhook.subscription.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A platform event as CloudEvents 1.0 describes it, read from Kafka in binary content mode and sent to integrators
 * the same way over HTTP. The attributes are kept as the producer wrote them (the signature covers {@code time}
 * character for character); {@code data} is the JSON envelope, untouched.
 *
 * @param id              {@code ce-id}, the envelope's {@code eventId}; receivers deduplicate on it
 * @param type            {@code ce-type}, e.g. {@code experience.record.updated}
 * @param source          {@code ce-source}, e.g. {@code /mutualis/experience-service}
 * @param specVersion     {@code ce-specversion}, {@code 1.0}
 * @param time            {@code ce-time}, RFC 3339
 * @param subject         {@code ce-subject}, the aggregate id; may be null
 * @param schemaVersion   {@code ce-schemaversion}, major version of the event's schema; may be null
 * @param dataContentType the content type of {@code data}, {@code application/json}
 * @param data            the envelope, as the producer wrote it
 */
public record CloudEvent(String id, String type, String source, String specVersion, String time, String subject,
                         String schemaVersion, String dataContentType, String data) {

    /** Content type of the platform's envelopes. */
    public static final String JSON = "application/json";

    /** The type after which every consumer must erase the contact from its copies of the aggregate (ADR 0011). */
    public static final String CONTACT_ERASED = "experience.record.contact-erased";

    public CloudEvent {
        requireText(id, "id");
        requireText(type, "type");
        requireText(source, "source");
        requireText(specVersion, "specVersion");
        requireText(time, "time");
        Objects.requireNonNull(data, "data");
        dataContentType = dataContentType == null || dataContentType.isBlank() ? JSON : dataContentType;
    }

    /** Whether the earlier events of this event's aggregate must lose their contact once this one is recorded. */
    public boolean erasesContact() {
        return CONTACT_ERASED.equals(type) && subject != null;
    }

    /** The body of an HTTP delivery, as signed. */
    public byte[] body() {
        return data.getBytes(StandardCharsets.UTF_8);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("CloudEvent attribute " + name + " must not be blank");
        }
    }
}
