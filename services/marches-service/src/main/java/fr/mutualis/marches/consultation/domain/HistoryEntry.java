package fr.mutualis.marches.consultation.domain;

import java.time.Instant;

/** One line of a consultation's append-only history: who did what, when, from which state to which. */
public record HistoryEntry(Instant at, String actorEmail, String actorName, ConsultationChange change,
                           ConsultationState from, ConsultationState to, String detail) {
}
