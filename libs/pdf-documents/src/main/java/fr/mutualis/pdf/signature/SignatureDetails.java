package fr.mutualis.pdf.signature;

import java.time.Instant;
import java.util.Objects;

/**
 * What the signature dictionary says besides the signature itself.
 *
 * @param reason             why the document is signed ("Signature de la délibération"), may be null
 * @param location           where ("Bordeaux"), may be null
 * @param signerName         the signer's name as the user knows it, may be null (the certificate names the signer)
 * @param claimedSigningTime the signing time the signer claims (PAdES-B: not proven by a timestamp); it must lie
 *                           within the signing certificate's validity
 */
public record SignatureDetails(String reason, String location, String signerName, Instant claimedSigningTime) {

    public SignatureDetails {
        Objects.requireNonNull(claimedSigningTime, "claimedSigningTime");
    }
}
