package fr.mutualis.demat.acte.domain;

import java.time.Instant;

/** One line of an acte's append-only history: who did what, when, from which state to which. */
public record HistoryEntry(Instant at, String actorEmail, String actorName, ActeChange change, ActeState from,
                           ActeState to, String detail) {
}
