package fr.mutualis.marches.consultation.domain;

import java.time.Instant;

/** A stored file of a consultation's DCE: its SHA-256 identifies it in the content store. */
public record DocumentRef(String sha256, String name, String mediaType, long size, Instant addedAt) {
}
