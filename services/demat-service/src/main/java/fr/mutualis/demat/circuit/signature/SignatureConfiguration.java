package fr.mutualis.demat.circuit.signature;

import fr.mutualis.pdf.signature.PadesSigner;
import fr.mutualis.pdf.signature.PadesVerifier;
import fr.mutualis.pdf.signature.SigningKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** DSS's signer and verifier, with the configured keys and trust anchors (read when first used). */
@Configuration
class SignatureConfiguration {

    @Bean
    PadesSigner padesSigner() {
        return new PadesSigner();
    }

    @Bean
    @Lazy
    SigningKeys signingKeys(SignatureProperties properties) {
        if (properties.keyStore() == null || properties.keyStorePassword() == null || properties.keyStorePassword().isBlank()) {
            throw new IllegalStateException("mutualis.signature.key-store and its password are not configured");
        }
        return SigningKeys.fromPkcs12(properties.keyStore(), properties.keyStorePassword().toCharArray());
    }

    @Bean
    @Lazy
    PadesVerifier padesVerifier(SignatureProperties properties) {
        if (properties.trustAnchors() == null) {
            throw new IllegalStateException("mutualis.signature.trust-anchors is not configured");
        }
        return PadesVerifier.trusting(properties.trustAnchors());
    }
}
