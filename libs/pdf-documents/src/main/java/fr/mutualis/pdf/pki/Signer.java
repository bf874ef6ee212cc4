package fr.mutualis.pdf.pki;

import java.util.Objects;

/**
 * A demo account that receives a signing certificate from the demo CA.
 *
 * @param alias        the key entry's alias in {@code demo-signers.p12} (the demo account's login, for instance)
 * @param givenName    the signer's given name
 * @param surname      the signer's surname
 * @param organisation the collectivité the signer acts for (the certificate's O)
 * @param siren        the collectivité's SIREN, 9 digits (carried in the certificate's OU and organizationIdentifier)
 */
public record Signer(String alias, String givenName, String surname, String organisation, String siren) {

    public Signer {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(siren, "siren");
        if (alias.isBlank()) {
            throw new IllegalArgumentException("A signer needs a non-blank alias");
        }
        if (!siren.matches("\\d{9}")) {
            throw new IllegalArgumentException("A SIREN has 9 digits: " + siren);
        }
    }

    /** The certificate's common name: "given name surname". */
    public String commonName() {
        return givenName + " " + surname;
    }
}
