package fr.mutualis.demat.acte.domain;

/** The text of a public acte's document, for full-text search (the contract allows 100,000 characters). */
public interface PublicText {

    int MAX_CHARS = 100_000;

    String of(Acte acte);
}
