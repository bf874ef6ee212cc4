package fr.mutualis.experience.collectivite.web;

/** A change was requested without a signed-in agent. */
public class MissingAgentException extends RuntimeException {

    public MissingAgentException() {
        super("No signed-in agent: header " + SignedInAgent.COLLECTIVITE_HEADER + " is missing or not a SIREN");
    }
}
