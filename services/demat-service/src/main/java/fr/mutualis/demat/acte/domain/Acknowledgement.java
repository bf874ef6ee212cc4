package fr.mutualis.demat.acte.domain;

import java.time.Instant;

/** The préfecture's accusé de réception: its identifier and the date of receipt. */
public record Acknowledgement(String identifier, Instant receivedAt) {
}
