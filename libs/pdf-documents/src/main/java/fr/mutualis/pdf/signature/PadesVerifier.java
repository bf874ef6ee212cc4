package fr.mutualis.pdf.signature;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import fr.mutualis.pdf.pki.PemCertificates;

/**
 * Verifies a PDF's PAdES signatures offline, against the trust anchors it is given (the demo CA): nothing is
 * fetched (no AIA, CRL, OCSP), and DSS's default policy is applied except that missing revocation data is a warning
 * ({@link OfflineValidationPolicy}), so a freshly signed demo document is TOTAL_PASSED.
 *
 * <p>DSS's indication alone is not the verdict: its default policy only warns about changes made after a signature
 * (an incremental update that rewrites a page is "undefined changes", a warning). {@link VerificationReport#valid()}
 * also requires that the last signature covers the whole file and that no change other than a later signature
 * follows any signature. Thread-safe.
 */
public final class PadesVerifier {

    private final List<X509Certificate> trustAnchors;
    private final ValidationPolicy policy;

    public PadesVerifier(List<X509Certificate> trustAnchors) {
        this.trustAnchors = List.copyOf(Objects.requireNonNull(trustAnchors, "trustAnchors"));
        if (this.trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("A verifier needs at least one trust anchor");
        }
        this.policy = OfflineValidationPolicy.create();
    }

    /** A verifier trusting every certificate of a PEM file ({@code demo-ca.pem}). */
    public static PadesVerifier trusting(Path pemFile) {
        return new PadesVerifier(PemCertificates.read(pemFile));
    }

    public VerificationReport verify(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        Reports reports;
        try {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(
                    new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF));
            validator.setCertificateVerifier(OfflineVerifiers.certificateVerifier(trustedSource()));
            reports = validator.validateDocument(policy);
        } catch (UnsupportedOperationException | DSSException e) {
            // Not a document DSS knows (UnsupportedOperationException), or a PDF too damaged to read: nothing is
            // proven signed. Anything else is a fault of this library or its set-up, and is not hidden.
            return VerificationReport.unsigned();
        }
        DiagnosticData diagnostic = reports.getDiagnosticData();
        SimpleReport simple = reports.getSimpleReport();
        List<SignatureWrapper> signatures = diagnostic.getSignatures().stream()
                .sorted(Comparator.comparing(PadesVerifier::signedLength))
                .toList();
        if (signatures.isEmpty()) {
            return VerificationReport.unsigned();
        }
        List<SignatureCheck> checks = signatures.stream().map(signature -> check(signature, simple, pdf.length)).toList();
        boolean valid = checks.stream().allMatch(SignatureCheck::passed)
                && checks.get(checks.size() - 1).coversWholeDocument();
        return new VerificationReport(valid, checks);
    }

    private CommonTrustedCertificateSource trustedSource() {
        CommonTrustedCertificateSource source = new CommonTrustedCertificateSource();
        trustAnchors.forEach(anchor -> source.addCertificate(new CertificateToken(anchor)));
        return source;
    }

    private static SignatureCheck check(SignatureWrapper signature, SimpleReport simple, long documentLength) {
        Indication indication = simple.getIndication(signature.getId());
        SubIndication subIndication = simple.getSubIndication(signature.getId());
        CertificateWrapper certificate = signature.getSigningCertificate();
        Instant signingTime = signature.getClaimedSigningTime() == null ? null
                : signature.getClaimedSigningTime().toInstant();
        return new SignatureCheck(
                certificate == null ? simple.getSignedBy(signature.getId()) : certificate.getCommonName(),
                signingTime,
                indication == null ? Indication.TOTAL_FAILED.name() : indication.name(),
                subIndication == null ? null : subIndication.name(),
                intact(signature),
                signature.isTrustedChain(),
                coversWholeDocument(signature, documentLength),
                modifiedAfterSigning(signature));
    }

    private static boolean intact(SignatureWrapper signature) {
        List<XmlDigestMatcher> matchers = signature.getDigestMatchers();
        return signature.isSignatureIntact() && signature.isSignatureValid()
                && !matchers.isEmpty()
                && matchers.stream().allMatch(matcher -> matcher.isDataFound() && matcher.isDataIntact())
                && (signature.getPDFRevision() == null || signature.getPDFRevision().isSignatureByteRangeValid());
    }

    /** ByteRange [0, a, b, c] covers the file when it starts at its first byte and ends at its last one. */
    private static boolean coversWholeDocument(SignatureWrapper signature, long documentLength) {
        PDFRevisionWrapper revision = signature.getPDFRevision();
        if (revision == null) {
            return false;
        }
        List<BigInteger> range = revision.getSignatureByteRange();
        return range != null && range.size() == 4
                && range.get(0).signum() == 0
                && range.get(2).add(range.get(3)).longValueExact() == documentLength;
    }

    private static long signedLength(SignatureWrapper signature) {
        PDFRevisionWrapper revision = signature.getPDFRevision();
        List<BigInteger> range = revision == null ? null : revision.getSignatureByteRange();
        return range == null || range.size() != 4 ? Long.MAX_VALUE : range.get(2).add(range.get(3)).longValue();
    }

    /** Changes after the signature other than later signatures, form fill-in or DSS's own validation data. */
    private static boolean modifiedAfterSigning(SignatureWrapper signature) {
        PDFRevisionWrapper revision = signature.getPDFRevision();
        if (revision == null) {
            return false;
        }
        return !revision.getPdfUndefinedChanges().isEmpty()
                || !revision.getPdfAnnotationChanges().isEmpty()
                || !revision.getPdfPageDifferenceConcernedPages().isEmpty()
                || !revision.getPdfVisualDifferenceConcernedPages().isEmpty();
    }
}
