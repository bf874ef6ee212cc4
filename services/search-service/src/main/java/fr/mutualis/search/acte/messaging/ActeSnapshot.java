package fr.mutualis.search.acte.messaging;

import fr.mutualis.events.EventEnvelope;
import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.search.acte.application.ActeEvent;
import fr.mutualis.search.acte.domain.PublishedActe;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the search reads of the démat service's acte, the {@code data} of every acte event
 * ({@code contracts/events/demat.acte.v1.schema.json}, checked by the reader before binding): before publication only
 * its id, collectivité, state and nature; its {@code publication} once public.
 */
record ActeSnapshot(String id, String siren, String state, Nature nature, Instant updatedAt,
                    Publication publication) {

    record Nature(int code, String abbreviation, String label) {
    }

    record Publication(String identifier, String numero, String objet, Matiere matiere, LocalDate decisionDate,
                       Acknowledgement acknowledgement, Instant publishedAt, List<Document> documents, String text) {
    }

    record Matiere(String code, String label) {
    }

    record Acknowledgement(String identifier, Instant receivedAt) {
    }

    record Document(String role, String name, String mediaType, long size, String sha256) {
    }

    /** The event as the use case takes it. */
    static ActeEvent event(EventEnvelope<ActeSnapshot> envelope) {
        ActeSnapshot data = envelope.data();
        // The schema cannot tie data.id to the envelope: a snapshot filed under another acte would overwrite it.
        if (!data.id().equals(envelope.aggregateId())) {
            throw new MalformedEventException(
                    "data.id '" + data.id() + "' differs from aggregateId '" + envelope.aggregateId() + "'");
        }
        PublishedActe published = PublishedActe.PUBLIC_STATES.contains(data.state()) && data.publication() != null
                ? data.published(envelope.aggregateVersion()) : null;
        return new ActeEvent(envelope.eventId(), envelope.eventType(), data.id(), envelope.aggregateVersion(),
                data.state(), published);
    }

    private PublishedActe published(long version) {
        Publication p = publication;
        try {
            return new PublishedActe(id, p.identifier(), siren, null, state,
                    new PublishedActe.Nature(nature.code(), nature.abbreviation(), nature.label()),
                    new PublishedActe.Matiere(p.matiere().code(), p.matiere().label()), p.numero(), p.objet(),
                    p.text(), p.decisionDate(), p.publishedAt(),
                    p.acknowledgement() == null ? null
                            : new PublishedActe.Acknowledgement(p.acknowledgement().identifier(),
                            p.acknowledgement().receivedAt()),
                    p.documents() == null ? List.of() : p.documents().stream()
                            .map(d -> new PublishedActe.Document(d.role(), d.name(), d.mediaType(), d.size(),
                                    d.sha256()))
                            .toList(),
                    version);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("Invalid published acte: " + e.getMessage(), e);
        }
    }
}
