package fr.mutualis.pdf.signature;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;

/**
 * A signer's private key in its token, with its certificate chain. Obtained from {@link SigningKeys#forAlias}; it
 * is usable as long as its {@link SigningKeys} is open.
 */
public final class SigningKey {

    private final String alias;
    private final SignatureTokenConnection token;
    private final DSSPrivateKeyEntry entry;

    SigningKey(String alias, SignatureTokenConnection token, DSSPrivateKeyEntry entry) {
        this.alias = alias;
        this.token = token;
        this.entry = entry;
    }

    public String alias() {
        return alias;
    }

    /** The signer's certificate. */
    public X509Certificate certificate() {
        return entry.getCertificate().getCertificate();
    }

    /** The chain, the signer's certificate first. */
    public List<X509Certificate> chain() {
        CertificateToken[] chain = entry.getCertificateChain();
        return chain == null ? List.of(certificate())
                : Arrays.stream(chain).map(CertificateToken::getCertificate).toList();
    }

    SignatureTokenConnection token() {
        return token;
    }

    DSSPrivateKeyEntry entry() {
        return entry;
    }

    @Override
    public String toString() {
        return "SigningKey[" + alias + ", " + certificate().getSubjectX500Principal().getName() + "]";
    }
}
