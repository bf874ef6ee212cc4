package fr.mutualis.pdf.signature;

import java.util.List;

/**
 * The verdict on a PDF's signatures.
 *
 * @param valid      true only when the document has at least one signature, every signature passes (integrity,
 *                   chain to a trusted anchor, indication TOTAL_PASSED), no change other than a later signature was
 *                   made after any of them, and the last signature covers the whole document
 * @param signatures one check per signature, in the order of the document's revisions; empty for an unsigned PDF
 *                   (or bytes that are not a PDF)
 */
public record VerificationReport(boolean valid, List<SignatureCheck> signatures) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
    }

    static VerificationReport unsigned() {
        return new VerificationReport(false, List.of());
    }
}
