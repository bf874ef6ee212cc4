package fr.mutualis.pdf.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Objects;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;

/**
 * Signs a PDF with PAdES-B (ETSI EN 319 142-1 baseline B): an embedded CMS signature with the signer's certificate
 * and chain, SHA-256, in an incremental update that leaves the original bytes as they were. No visible signature.
 *
 * <p>Baseline B, not B-T: B-T needs a timestamp from a timestamp authority, and none is reachable offline; the
 * signing time is therefore the one the signer claims. Nothing is fetched from the network (no AIA, CRL, OCSP, TSA).
 * Thread-safe.
 */
public final class PadesSigner {

    private final PAdESService service;

    public PadesSigner() {
        this.service = new PAdESService(OfflineVerifiers.certificateVerifier());
    }

    /**
     * The signed PDF.
     *
     * @throws PdfSignatureException when the bytes are not a PDF DSS can sign (encrypted, damaged) or the claimed
     *                               signing time lies outside the certificate's validity
     */
    public byte[] sign(byte[] pdf, SigningKey key, SignatureDetails details) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(details, "details");
        DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);

        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(key.entry().getCertificate());
        parameters.setCertificateChain(key.entry().getCertificateChain());
        parameters.bLevel().setSigningDate(Date.from(details.claimedSigningTime()));
        parameters.setReason(details.reason());
        parameters.setLocation(details.location());
        parameters.setSignerName(details.signerName());

        try {
            ToBeSigned dataToSign = service.getDataToSign(document, parameters);
            SignatureValue value = key.token().sign(dataToSign, parameters.getDigestAlgorithm(), key.entry());
            DSSDocument signed = service.signDocument(document, parameters, value);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
            signed.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new PdfSignatureException("Cannot sign the document as " + key.alias() + ": " + e.getMessage(), e);
        }
    }
}
