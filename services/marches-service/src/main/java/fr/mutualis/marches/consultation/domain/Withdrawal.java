package fr.mutualis.marches.consultation.domain;

import java.time.Instant;

/**
 * A download of a DCE file: a line of the registre des retraits. A company downloading while signed in is named and
 * will be told of changes of the DCE; an anonymous download is recorded without a name, as buyer profiles allow.
 */
public record Withdrawal(Instant at, String sha256, String documentName, String siret, String email, String name) {

    public boolean isAnonymous() {
        return siret == null;
    }
}
