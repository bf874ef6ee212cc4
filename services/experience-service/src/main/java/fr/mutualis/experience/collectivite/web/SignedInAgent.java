package fr.mutualis.experience.collectivite.web;

/**
 * Who is calling. The portal's gateway authenticates agents (ProConnect / the syndicate's SSO) and passes the SIREN of
 * the agent's collectivité in header {@value #COLLECTIVITE_HEADER}; the service trusts it because it is only reachable
 * through the gateway (see docs/adr/0011-agents-and-ownership.md).
 */
public final class SignedInAgent {

    public static final String COLLECTIVITE_HEADER = "X-Mutualis-Collectivite";

    private SignedInAgent() {
    }

    /** @throws MissingAgentException if the header is absent or not a SIREN */
    public static String collectivite(String headerValue) {
        if (headerValue == null || !headerValue.strip().matches("[0-9]{9}")) {
            throw new MissingAgentException();
        }
        return headerValue.strip();
    }
}
