package fr.mutualis.integration.access.domain;

import java.util.List;

/**
 * The broker's authentication and authorisation of integrators (Kafka SCRAM credentials and ACLs). Every method
 * throws {@link BrokerUnavailableException} when the broker refuses or does not answer.
 */
public interface AccessControl {

    /** Creates or replaces the integrator's SCRAM credential. */
    void setPassword(String integrator, String password);

    /** Exactly these topics readable (and the integrator's consumer groups), nothing else. */
    void grantExactly(String integrator, List<String> topics);

    /** Removes the credential and every ACL: the integrator can no longer connect. */
    void revoke(String integrator);
}
