package fr.mutualis.prefecture.transmission.domain;

import java.time.Instant;

/** A step of a transmission: the status it reached, when, and why. */
public record HistoryEntry(TransmissionStatus status, Instant at, String detail) {
}
