package fr.mutualis.demat.acte.domain;

/** A stored file, named by the SHA-256 of its content. */
public record DocumentRef(String name, String mediaType, long size, String sha256) {
}
