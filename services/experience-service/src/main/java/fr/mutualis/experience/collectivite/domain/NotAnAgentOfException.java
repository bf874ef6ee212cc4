package fr.mutualis.experience.collectivite.domain;

/**
 * The signed-in agent does not belong to the collectivité whose data the request changes: only a collectivité's
 * own agents edit its records and self-assessments.
 *
 * @see fr.mutualis.experience.collectivite.web.SignedInAgent
 */
public class NotAnAgentOfException extends RuntimeException {

    private final String agentSiren;
    private final String ownerSiren;

    public NotAnAgentOfException(String agentSiren, String ownerSiren) {
        super("An agent of " + agentSiren + " may not change the data of " + ownerSiren);
        this.agentSiren = agentSiren;
        this.ownerSiren = ownerSiren;
    }

    public String agentSiren() {
        return agentSiren;
    }

    public String ownerSiren() {
        return ownerSiren;
    }

    /** @throws NotAnAgentOfException unless the agent's collectivité is the owner */
    public static void requireSame(String agentSiren, String ownerSiren) {
        if (!agentSiren.equals(ownerSiren)) {
            throw new NotAnAgentOfException(agentSiren, ownerSiren);
        }
    }
}
