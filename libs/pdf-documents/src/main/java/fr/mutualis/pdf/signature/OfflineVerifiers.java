package fr.mutualis.pdf.signature;

import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CertificateSource;

/** DSS certificate verifiers that never reach the network: no AIA, CRL or OCSP source. */
final class OfflineVerifiers {

    private OfflineVerifiers() {
    }

    static CommonCertificateVerifier certificateVerifier(CertificateSource... trusted) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        // Explicit, whatever DSS's defaults become: a missing issuer or revocation status is looked up nowhere.
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setCheckRevocationForUntrustedChains(false);
        if (trusted.length > 0) {
            verifier.setTrustedCertSources(trusted);
        }
        return verifier;
    }
}
