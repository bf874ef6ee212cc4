package fr.mutualis.outbox;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.events.EventEnvelope;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a service publishes: an event of a type resolved from its contract, about one aggregate, written to
 * the service's outbox in the transaction of the change. Debezium's EventRouter publishes it to
 * {@code mutualis.<aggregateType>.events}, keyed by the aggregate id.
 *
 * <p>Each event is checked against its JSON Schema before it is written: a producer's bug fails the transaction of
 * the change instead of reaching a topic that consumers and integrators read.
 */
public class AggregateEvents {

    private final OutboxWriter outbox;
    private final JsonMapper json;

    AggregateEvents(OutboxWriter outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Publishes that the aggregate {@code aggregateId} changed, with a fresh event id.
     *
     * @param aggregateVersion the aggregate's version after the change, from 1: consumers keep the newest
     * @param data             the snapshot of the aggregate after the change, as the contract describes it
     * @throws IllegalStateException outside a transaction, or when the event violates its contract
     */
    public void publish(PublishedEventType type, String aggregateId, long aggregateVersion, Instant occurredAt,
                        Object data) {
        publish(UUID.randomUUID(), type, aggregateId, aggregateVersion, occurredAt, data);
    }

    /** Publishes with the id the change already has (an audit record's), so that both can be traced to each other. */
    public void publish(UUID eventId, PublishedEventType type, String aggregateId, long aggregateVersion,
                        Instant occurredAt, Object data) {
        var event = new EventEnvelope<>(eventId, type.name(), type.schemaVersion(), type.aggregateType(), aggregateId,
                aggregateVersion, occurredAt, data);
        String payload = json.writeValueAsString(event);
        List<String> violations = EventContracts.violations(payload);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(
                    "Event " + type + " of " + aggregateId + " violates its contract: " + String.join("; ", violations));
        }
        outbox.append(event, payload);
    }
}
