package fr.mutualis.search.consultation.messaging;

import fr.mutualis.events.EventEnvelope;
import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.search.consultation.application.ConsultationEvent;
import fr.mutualis.search.consultation.domain.PublishedConsultation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the search reads of the marchés service's consultation, the {@code data} of every consultation event
 * ({@code contracts/events/marches.consultation.v1.schema.json}, checked by the reader before binding). Its parts are
 * bound to the domain's records, which keep the contract's names.
 *
 * @param deadline read as text: a bound date-time would be moved to UTC, and the portal shows the buyer's offset
 */
record ConsultationSnapshot(String id, PublishedConsultation.Buyer buyer, String reference, String objet, String cpv,
                            String procedure, String nature, String category, List<PublishedConsultation.Lot> lots,
                            BigDecimal estimatedAmount, PublishedConsultation.Place placeOfExecution, String deadline,
                            String state, Instant publishedAt, Instant updatedAt,
                            List<PublishedConsultation.DceFile> dce, List<PublishedConsultation.Question> questions,
                            String outcomeReason, List<PublishedConsultation.Award> awards) {

    /** The event as the use case takes it. */
    static ConsultationEvent event(EventEnvelope<ConsultationSnapshot> envelope) {
        ConsultationSnapshot data = envelope.data();
        // The schema cannot tie data.id to the envelope: a snapshot filed under another consultation would overwrite it.
        if (!data.id().equals(envelope.aggregateId())) {
            throw new MalformedEventException(
                    "data.id '" + data.id() + "' differs from aggregateId '" + envelope.aggregateId() + "'");
        }
        return new ConsultationEvent(envelope.eventId(), envelope.eventType(),
                data.published(envelope.aggregateVersion()));
    }

    private PublishedConsultation published(long version) {
        try {
            return new PublishedConsultation(id, reference, buyer, objet, cpv, procedure, nature, category, lots,
                    estimatedAmount, placeOfExecution, OffsetDateTime.parse(deadline), state, publishedAt, updatedAt,
                    dce, questions, outcomeReason, awards, version);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new MalformedEventException("Invalid published consultation: " + e.getMessage(), e);
        }
    }
}
