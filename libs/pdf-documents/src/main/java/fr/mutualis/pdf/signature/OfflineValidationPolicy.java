package fr.mutualis.pdf.signature;

import java.io.IOException;
import java.io.InputStream;

import eu.europa.esig.dss.enumerations.Level;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.policy.EtsiValidationPolicy;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.policy.jaxb.CertificateConstraints;
import eu.europa.esig.dss.policy.jaxb.ConstraintsParameters;
import eu.europa.esig.dss.policy.jaxb.LevelConstraint;
import eu.europa.esig.dss.policy.jaxb.SignatureConstraints;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;

/**
 * DSS's default (ETSI EN 319 102-1) validation policy, with one change: a signature whose certificates have no
 * revocation data is not INDETERMINATE/TRY_LATER but passes with a warning. Verification is offline and the demo CA
 * publishes no CRL nor OCSP responder, so revocation data can never be found; everything else (integrity,
 * chain to a trust anchor, certificate validity, algorithms, PDF modifications) keeps the default levels.
 */
final class OfflineValidationPolicy {

    private static final String DEFAULT_POLICY = "/policy/constraint.xml";

    private OfflineValidationPolicy() {
    }

    static ValidationPolicy create() {
        ConstraintsParameters constraints;
        try (InputStream in = OfflineValidationPolicy.class.getResourceAsStream(DEFAULT_POLICY)) {
            if (in == null) {
                throw new IllegalStateException("DSS's default policy " + DEFAULT_POLICY + " is missing (dss-policy-jaxb)");
            }
            constraints = ValidationPolicyFacade.newFacade().unmarshall(in);
        } catch (IOException | jakarta.xml.bind.JAXBException | javax.xml.stream.XMLStreamException
                | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot read DSS's default validation policy", e);
        }
        relaxRevocation(constraints.getSignatureConstraints());
        relaxRevocation(constraints.getCounterSignatureConstraints());
        return ValidationPolicyLoader.fromValidationPolicy(new EtsiValidationPolicy(constraints)).create();
    }

    private static void relaxRevocation(SignatureConstraints signature) {
        if (signature == null || signature.getBasicSignatureConstraints() == null) {
            return;
        }
        relaxRevocation(signature.getBasicSignatureConstraints().getSigningCertificate());
        relaxRevocation(signature.getBasicSignatureConstraints().getCACertificate());
    }

    private static void relaxRevocation(CertificateConstraints certificate) {
        if (certificate == null) {
            return;
        }
        certificate.setRevocationDataAvailable(warning());
        certificate.setAcceptableRevocationDataFound(warning());
    }

    private static LevelConstraint warning() {
        LevelConstraint constraint = new LevelConstraint();
        constraint.setLevel(Level.WARN);
        return constraint;
    }
}
