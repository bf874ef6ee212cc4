package fr.mutualis.search.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Consultation events as the marchés service's outbox writes them, built from the contract's published examples
 * ({@code contracts/events/examples/marches.consultation.<change>.v1.example.json}) with a consultation, a buyer and a
 * version of the test's own.
 */
public final class ConsultationEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode envelope;

    private ConsultationEvents(ObjectNode envelope) {
        this.envelope = envelope;
    }

    /** The example of that change (e.g. {@code published}, {@code awarded}) about the consultation, at that version. */
    public static ConsultationEvents example(String change, String consultationId, String buyerSiren, long version) {
        String resource = "/contracts/events/examples/marches.consultation." + change + ".v1.example.json";
        try (InputStream in = ConsultationEvents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No example " + resource);
            }
            ObjectNode envelope = (ObjectNode) JSON.readTree(in);
            envelope.put("eventId", UUID.randomUUID().toString());
            envelope.put("aggregateId", consultationId);
            envelope.put("aggregateVersion", version);
            ObjectNode data = data(envelope);
            data.put("id", consultationId);
            ((ObjectNode) data.get("buyer")).put("siren", buyerSiren);
            return new ConsultationEvents(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ConsultationEvents objet(String objet) {
        data(envelope).put("objet", objet);
        return this;
    }

    public ConsultationEvents reference(String reference) {
        data(envelope).put("reference", reference);
        return this;
    }

    /** e.g. {@code 2027-01-15T12:00:00+01:00} */
    public ConsultationEvents deadline(String deadline) {
        data(envelope).put("deadline", deadline);
        return this;
    }

    public ConsultationEvents publishedAt(String instant) {
        data(envelope).put("publishedAt", instant);
        return this;
    }

    public ConsultationEvents cpv(String cpv) {
        data(envelope).put("cpv", cpv);
        return this;
    }

    public ConsultationEvents category(String category) {
        data(envelope).put("category", category);
        return this;
    }

    public ConsultationEvents procedure(String procedure) {
        data(envelope).put("procedure", procedure);
        return this;
    }

    /** Replaces the lots by one lot with that title. */
    public ConsultationEvents lot(String title) {
        ArrayNode lots = data(envelope).putArray("lots");
        lots.addObject().put("numero", 1).put("title", title);
        return this;
    }

    private static ObjectNode data(ObjectNode envelope) {
        return (ObjectNode) envelope.get("data");
    }

    public String consultationId() {
        return envelope.get("aggregateId").asString();
    }

    public String eventId() {
        return envelope.get("eventId").asString();
    }

    public String eventType() {
        return envelope.get("eventType").asString();
    }

    /** The JSON envelope, the value of the Kafka message. */
    public String json() {
        return envelope.toString();
    }
}
