package fr.mutualis.pdf.signature;

import java.time.Instant;

/**
 * One signature of a PDF, as DSS judged it.
 *
 * @param signerName            the common name (CN) of the signing certificate, null when no certificate was found
 * @param signingTime           the signing time the signer claims (PAdES-B has no timestamp to prove it), may be null
 * @param indication            DSS's indication: "TOTAL_PASSED", "INDETERMINATE" or "TOTAL_FAILED"
 * @param subIndication         DSS's sub-indication when not passed ("HASH_FAILURE", "NO_CERTIFICATE_CHAIN_FOUND"…),
 *                              else null
 * @param intact                the signature value and the signed bytes' digest hold
 * @param trustedChain          the signing certificate chains up to one of the verifier's trust anchors
 * @param coversWholeDocument   the signature's byte range covers the whole file: nothing was appended after it
 * @param modifiedAfterSigning  DSS found a change after this signature that is not a later signature or form
 *                              fill-in (page content, pages, undefined object changes)
 */
public record SignatureCheck(
        String signerName,
        Instant signingTime,
        String indication,
        String subIndication,
        boolean intact,
        boolean trustedChain,
        boolean coversWholeDocument,
        boolean modifiedAfterSigning) {

    /** DSS's indication of a signature that passed. */
    public static final String TOTAL_PASSED = "TOTAL_PASSED";

    /** This signature passes on its own (the document-wide conditions are the report's). */
    public boolean passed() {
        return TOTAL_PASSED.equals(indication) && intact && trustedChain && !modifiedAfterSigning;
    }
}
