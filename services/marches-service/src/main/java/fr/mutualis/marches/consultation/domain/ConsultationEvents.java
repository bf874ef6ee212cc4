package fr.mutualis.marches.consultation.domain;

/** Publishes a consultation's public changes (events {@code marches.consultation.*}). */
public interface ConsultationEvents {

    void publish(Consultation consultation, ConsultationChange change);
}
