package fr.mutualis.demat.acte.application;

import fr.mutualis.demat.acte.domain.DocumentRef;
import fr.mutualis.files.StoredFile;

/** A file as the files module stored it, as the acte refers to it. */
public final class DocumentRefs {

    private DocumentRefs() {
    }

    public static DocumentRef of(StoredFile file) {
        return new DocumentRef(file.name(), file.mediaType(), file.size(), file.sha256());
    }
}
