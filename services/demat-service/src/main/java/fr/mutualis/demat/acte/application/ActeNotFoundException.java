package fr.mutualis.demat.acte.application;

import java.util.UUID;

/** No acte with this identifier, or none the caller may read: both answer the same, so drafts do not leak. */
public class ActeNotFoundException extends RuntimeException {

    public ActeNotFoundException(UUID id) {
        super("No readable acte " + id);
    }
}
