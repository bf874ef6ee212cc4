package fr.mutualis.demat.circuit.signature;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The signers' keys and the certification authorities trusted to verify signatures. On the development and test
 * stacks, the launcher's demo certification authority ({@code libs/pdf-documents}, ADR 0022); in production, the
 * keys of a signature server or the signers' own devices.
 *
 * @param keyStore         PKCS#12 holding one key per signer, under their e-mail address
 * @param keyStorePassword given by environment, never logged
 * @param trustAnchors     PEM file of the trusted certification authorities
 */
@ConfigurationProperties("mutualis.signature")
public record SignatureProperties(Path keyStore, String keyStorePassword, Path trustAnchors, String location) {

    public SignatureProperties {
        location = location == null ? "France" : location;
    }

    @Override
    public String toString() {
        return "SignatureProperties[keyStore=" + keyStore + ", trustAnchors=" + trustAnchors + "]";
    }
}
