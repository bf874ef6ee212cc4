package fr.mutualis.search.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Acte events as the démat service's outbox writes them, built from the contract's published examples
 * ({@code contracts/events/examples/demat.acte.<change>.v1.example.json}) with an acte, a collectivité and a version
 * of the test's own.
 */
public final class ActeEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode envelope;

    private ActeEvents(ObjectNode envelope) {
        this.envelope = envelope;
    }

    /**
     * The example of that change (e.g. {@code published}, {@code cancelled}, {@code transmitted}) about the acte, at
     * that version, for the collectivité; its identifier is rebuilt with the SIREN.
     */
    public static ActeEvents example(String change, String acteId, String siren, long version) {
        String resource = "/contracts/events/examples/demat.acte." + change + ".v1.example.json";
        try (InputStream in = ActeEvents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No example " + resource);
            }
            ObjectNode envelope = (ObjectNode) JSON.readTree(in);
            envelope.put("eventId", UUID.randomUUID().toString());
            envelope.put("aggregateId", acteId);
            envelope.put("aggregateVersion", version);
            ObjectNode data = (ObjectNode) envelope.get("data");
            data.put("id", acteId);
            data.put("siren", siren);
            ActeEvents event = new ActeEvents(envelope);
            if (data.has("publication")) {
                event.publication().put("identifier", "033-" + siren + "-20261130-2026_042-DE");
            }
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ActeEvents objet(String objet) {
        publication().put("objet", objet);
        return this;
    }

    public ActeEvents text(String text) {
        publication().put("text", text);
        return this;
    }

    public ActeEvents numero(String numero) {
        publication().put("numero", numero);
        String identifier = publication().get("identifier").asString();
        publication().put("identifier", identifier.replaceFirst("-[0-9A-Z_]+-(DE|AR|AI|CC|BF|AU)$", "-" + numero + "-$1"));
        return this;
    }

    public ActeEvents decisionDate(String date) {
        publication().put("decisionDate", date);
        return this;
    }

    public ActeEvents matiere(String code, String label) {
        ObjectNode matiere = (ObjectNode) publication().get("matiere");
        matiere.put("code", code);
        matiere.put("label", label);
        return this;
    }

    public ActeEvents nature(int code, String abbreviation, String label) {
        ObjectNode nature = (ObjectNode) envelope.get("data").get("nature");
        nature.put("code", code);
        nature.put("abbreviation", abbreviation);
        nature.put("label", label);
        String identifier = publication().get("identifier").asString();
        publication().put("identifier", identifier.substring(0, identifier.length() - 2) + abbreviation);
        return this;
    }

    private ObjectNode publication() {
        return (ObjectNode) envelope.get("data").get("publication");
    }

    public String acteId() {
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
