package fr.mutualis.pdf.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo PKI of the demo accounts: a self-signed, non-qualified root CA and one signing certificate per signer.
 *
 * <p>Keys are EC P-256 (ETSI TS 119 312 sets no end date for it, unlike RSA 3072, which the default DSS policy
 * phases out in 2029). Certificates are back-dated by a year, so that demo data may carry past signing times; from
 * its creation, the CA is valid 10 years, a signer's certificate 3 years (digitalSignature +
 * nonRepudiation, subject CN "given name surname", O the collectivité, OU "0002 SIREN" and organizationIdentifier
 * "NTRFR-SIREN"). The signers' certificates carry the noRevAvail extension (RFC 9608): this CA publishes no CRL and
 * no OCSP responder, and says so, which DSS's default policy understands.
 *
 * <p>Idempotent: when the folder already holds the CA and a key entry, chained to that CA and valid for at least
 * another 30 days, for every signer, nothing is written, so a restart keeps the certificates (and documents signed
 * before stay verifiable). A missing or expiring signer is issued by the same CA (its key is kept in
 * {@code demo-ca.p12}); the CA itself is only replaced when its files are missing, unreadable with this password, or
 * it is about to expire. Passwords are never logged, nor kept after the call.
 */
public final class DemoCertificateAuthority {

    public static final String CA_CERTIFICATE_FILE = "demo-ca.pem";
    public static final String SIGNERS_KEY_STORE_FILE = "demo-signers.p12";
    public static final String CA_KEY_STORE_FILE = "demo-ca.p12";
    public static final String CA_COMMON_NAME = "Mutualis — AC de démonstration (non qualifiée)";
    public static final String CA_ORGANISATION = "Syndicat Mutualis";

    private static final String CA_ALIAS = "demo-ca";
    private static final Duration CA_VALIDITY = Duration.ofDays(3653);
    private static final Duration SIGNER_VALIDITY = Duration.ofDays(1096);
    /** A certificate closer than this to its end is renewed at the next start. */
    private static final Duration RENEWAL_MARGIN = Duration.ofDays(30);
    /**
     * Certificates start a year before they are made: demo data signs documents with past signing times, which DSS
     * refuses outside the certificate's validity (and small clock differences are absorbed too).
     */
    private static final Duration BACKDATING = Duration.ofDays(366);
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private DemoCertificateAuthority(Clock clock) {
        this.clock = clock;
    }

    /** Creates (or keeps) the demo PKI of {@code signers} in {@code folder}, which is created if needed. */
    public static DemoPki create(List<Signer> signers, char[] password, Path folder) {
        return create(signers, password, folder, Clock.systemUTC());
    }

    /** As {@link #create(List, char[], Path)}, at the time of {@code clock}. */
    public static DemoPki create(List<Signer> signers, char[] password, Path folder, Clock clock) {
        Objects.requireNonNull(signers, "signers");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(folder, "folder");
        Map<String, Signer> byAlias = new LinkedHashMap<>();
        for (Signer signer : signers) {
            if (byAlias.put(signer.alias(), signer) != null || CA_ALIAS.equals(signer.alias())) {
                throw new IllegalArgumentException("Signer alias used twice or reserved: " + signer.alias());
            }
        }
        try {
            return new DemoCertificateAuthority(clock).createOrKeep(byAlias, password, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo PKI in " + folder, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the demo PKI", e);
        }
    }

    private DemoPki createOrKeep(Map<String, Signer> signers, char[] password, Path folder)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        Files.createDirectories(folder);
        DemoPki pki = new DemoPki(folder.resolve(CA_CERTIFICATE_FILE), folder.resolve(SIGNERS_KEY_STORE_FILE),
                folder.resolve(CA_KEY_STORE_FILE));
        Instant now = clock.instant();

        Optional<IssuedCa> existingCa = readCa(pki, password).filter(ca -> stillValid(ca.certificate(), now));
        IssuedCa ca = existingCa.isPresent() ? existingCa.get() : newCa(now);
        KeyStore signersStore = existingCa.isPresent() ? KeyStoreFiles.read(pki.signersKeyStore(), password) : null;
        if (signersStore == null) {
            signersStore = KeyStoreFiles.empty();
        }

        boolean changed = existingCa.isEmpty();
        for (Signer signer : signers.values()) {
            if (!holdsValidEntry(signersStore, signer.alias(), ca.certificate(), now)) {
                KeyPair keyPair = newKeyPair();
                X509Certificate certificate = issueSigner(signer, keyPair, ca, now);
                signersStore.setKeyEntry(signer.alias(), keyPair.getPrivate(), password,
                        new Certificate[] {certificate, ca.certificate()});
                changed = true;
            }
        }
        if (changed || !Files.exists(pki.caCertificate()) || !Files.exists(pki.signersKeyStore())) {
            if (existingCa.isEmpty()) {
                KeyStore caStore = KeyStoreFiles.empty();
                caStore.setKeyEntry(CA_ALIAS, ca.privateKey(), password, new Certificate[] {ca.certificate()});
                KeyStoreFiles.writePrivate(pki.caKeyStore(), KeyStoreFiles.toBytes(caStore, password));
            }
            KeyStoreFiles.writePrivate(pki.signersKeyStore(), KeyStoreFiles.toBytes(signersStore, password));
            KeyStoreFiles.writePublic(pki.caCertificate(), PemCertificates.toPem(ca.certificate()).getBytes(StandardCharsets.US_ASCII));
        }
        return pki;
    }

    private record IssuedCa(X509Certificate certificate, PrivateKey privateKey) {
    }

    /** The CA of the folder, if its key store opens with this password and matches {@code demo-ca.pem}. */
    private Optional<IssuedCa> readCa(DemoPki pki, char[] password) throws GeneralSecurityException {
        if (!Files.exists(pki.caCertificate()) || !Files.exists(pki.caKeyStore())) {
            return Optional.empty();
        }
        KeyStore caStore = KeyStoreFiles.read(pki.caKeyStore(), password);
        if (caStore == null || !caStore.isKeyEntry(CA_ALIAS)) {
            return Optional.empty();
        }
        List<X509Certificate> published;
        try {
            published = PemCertificates.read(pki.caCertificate());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        X509Certificate certificate = (X509Certificate) caStore.getCertificate(CA_ALIAS);
        if (published.size() != 1 || !published.get(0).equals(certificate)) {
            return Optional.empty();
        }
        return Optional.of(new IssuedCa(certificate, (PrivateKey) caStore.getKey(CA_ALIAS, password)));
    }

    private boolean holdsValidEntry(KeyStore store, String alias, X509Certificate ca, Instant now)
            throws GeneralSecurityException {
        if (!store.isKeyEntry(alias)) {
            return false;
        }
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length != 2 || !ca.equals(chain[1])) {
            return false;
        }
        X509Certificate certificate = (X509Certificate) chain[0];
        try {
            certificate.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            return false;
        }
        return stillValid(certificate, now);
    }

    private static boolean stillValid(X509Certificate certificate, Instant now) {
        return certificate.getNotAfter().toInstant().isAfter(now.plus(RENEWAL_MARGIN))
                && !certificate.getNotBefore().toInstant().isAfter(now);
    }

    private IssuedCa newCa(Instant now) throws GeneralSecurityException, OperatorCreationException, CertIOException {
        KeyPair keyPair = newKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "FR")
                .addRDN(BCStyle.O, CA_ORGANISATION)
                .addRDN(BCStyle.CN, CA_COMMON_NAME)
                .build();
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serialNumber(),
                Date.from(now.minus(BACKDATING)), Date.from(now.plus(CA_VALIDITY)), name, keyPair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
        return new IssuedCa(sign(builder, keyPair.getPrivate()), keyPair.getPrivate());
    }

    private X509Certificate issueSigner(Signer signer, KeyPair keyPair, IssuedCa ca, Instant now)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "FR")
                .addRDN(BCStyle.O, signer.organisation())
                // ICD 0002: the SIRENE register, as French agents' certificates name their organisation's SIREN.
                .addRDN(BCStyle.OU, "0002 " + signer.siren())
                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, "NTRFR-" + signer.siren())
                .addRDN(BCStyle.GIVENNAME, signer.givenName())
                .addRDN(BCStyle.SURNAME, signer.surname())
                .addRDN(BCStyle.CN, signer.commonName())
                .build();
        Instant notAfter = now.plus(SIGNER_VALIDITY);
        if (notAfter.isAfter(ca.certificate().getNotAfter().toInstant())) {
            notAfter = ca.certificate().getNotAfter().toInstant();
        }
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serialNumber(),
                Date.from(now.minus(BACKDATING)), Date.from(notAfter), subject, keyPair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keyPair.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(ca.certificate()))
                // RFC 9608: no revocation information will ever be published for this certificate.
                .addExtension(Extension.noRevAvail, false, DERNull.INSTANCE);
        return sign(builder, ca.privateKey());
    }

    private X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        // BouncyCastle builds the certificate; the JDK's own providers sign it and parse it back.
        var signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private BigInteger serialNumber() {
        // 127 random bits, positive and never zero (RFC 5280: at most 20 octets, positive).
        return new BigInteger(127, random).setBit(0);
    }
}
