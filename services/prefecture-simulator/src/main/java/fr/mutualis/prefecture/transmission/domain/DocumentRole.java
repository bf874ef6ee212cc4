package fr.mutualis.prefecture.transmission.domain;

/** What a file of a transmission is. */
public enum DocumentRole {
    ENVELOPPE, ACTE, ANNEXE, PIECE_COMPLEMENTAIRE
}
