package fr.mutualis.demat.circuit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public interface DelegationRepository {

    void add(Delegation delegation);

    /** The delegations given to {@code delegateEmail} in the collectivité, active on {@code day}. */
    List<Delegation> activeFor(String siren, String delegateEmail, LocalDate day);

    /** Those the person gave or received, not revoked. */
    List<Delegation> of(String siren, String email);

    /** Revokes a delegation its delegator gave; false if there is none. */
    boolean revoke(UUID id, String delegatorEmail);
}
