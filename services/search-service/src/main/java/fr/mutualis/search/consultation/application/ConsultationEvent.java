package fr.mutualis.search.consultation.application;

import fr.mutualis.search.consultation.domain.PublishedConsultation;
import java.util.Objects;
import java.util.UUID;

/**
 * A validated event of the marchés service about one consultation, decoupled from its wire format: every event
 * carries the consultation's whole public snapshot.
 *
 * @param type e.g. {@code marches.consultation.published}
 */
public record ConsultationEvent(UUID eventId, String type, PublishedConsultation consultation) {

    public ConsultationEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(consultation, "consultation");
    }
}
