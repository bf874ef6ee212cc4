package fr.mutualis.marches.consultation.application;

import java.util.UUID;

/** No consultation the caller may read has this id: a draft of another buyer is "not found" too. */
public class ConsultationNotFoundException extends RuntimeException {

    public ConsultationNotFoundException(UUID id) {
        super("Consultation " + id + " not found");
    }
}
