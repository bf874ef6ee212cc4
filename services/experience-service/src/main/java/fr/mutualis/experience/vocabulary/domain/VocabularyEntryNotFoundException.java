package fr.mutualis.experience.vocabulary.domain;

import java.util.UUID;

public class VocabularyEntryNotFoundException extends RuntimeException {

    public VocabularyEntryNotFoundException(UUID id) {
        super("Aucune entrée " + id + " dans le vocabulaire du domaine.");
    }
}
