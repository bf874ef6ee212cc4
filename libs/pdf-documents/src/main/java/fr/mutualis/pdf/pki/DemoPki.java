package fr.mutualis.pdf.pki;

import java.nio.file.Path;

/**
 * Where {@link DemoCertificateAuthority#create} left the demo PKI.
 *
 * @param caCertificate   {@code demo-ca.pem}: the CA certificate only, the trust anchor verifiers are given
 * @param signersKeyStore {@code demo-signers.p12}: one private key entry per signer alias, chain [signer, CA]
 * @param caKeyStore      {@code demo-ca.p12}: the CA's own key, kept so that a signer added later is issued by the
 *                        same CA and documents signed before stay verifiable; never given to a service
 */
public record DemoPki(Path caCertificate, Path signersKeyStore, Path caKeyStore) {
}
