package fr.mutualis.prefecture.transmission.domain;

import java.time.Instant;

/** The accusé de réception: the acte's identifier, and when the préfecture received it. */
public record Acknowledgement(String identifier, Instant receivedAt) {
}
