package fr.mutualis.marches.consultation.domain;

/** An action that the consultation's state or the clock does not allow now (a 409 for the client). */
public class ConsultationLifecycleException extends RuntimeException {

    public ConsultationLifecycleException(String message) {
        super(message);
    }
}
