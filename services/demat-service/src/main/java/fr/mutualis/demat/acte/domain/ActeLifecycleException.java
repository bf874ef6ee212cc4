package fr.mutualis.demat.acte.domain;

/** The action is not possible in the acte's current state, or not by this person. */
public class ActeLifecycleException extends RuntimeException {

    public ActeLifecycleException(String message) {
        super(message);
    }
}
