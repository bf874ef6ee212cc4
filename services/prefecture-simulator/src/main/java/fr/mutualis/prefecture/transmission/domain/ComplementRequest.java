package fr.mutualis.prefecture.transmission.domain;

import java.time.Instant;

/** The préfecture's request for additional pieces. */
public record ComplementRequest(String message, Instant requestedAt) {
}
