package fr.mutualis.pdf.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCertificateAuthorityTest {

    private static final char[] PASSWORD = "mot-de-passe-demo".toCharArray();
    private static final Signer MAIRE = new Signer("elu.demo", "Hélène", "Martin", "Commune de Saint-Exemple",
            "213300013");
    private static final Signer ADJOINT = new Signer("adjoint.demo", "Paul", "Durand", "Commune de Saint-Exemple",
            "213300013");

    @TempDir
    Path folder;

    @Test
    void writesTheCaCertificateAndOneKeyEntryPerSignerChainedToIt() throws Exception {
        DemoPki pki = DemoCertificateAuthority.create(List.of(MAIRE, ADJOINT), PASSWORD, folder);

        assertThat(pki.caCertificate()).isEqualTo(folder.resolve("demo-ca.pem"));
        assertThat(pki.signersKeyStore()).isEqualTo(folder.resolve("demo-signers.p12"));
        List<X509Certificate> published = PemCertificates.read(pki.caCertificate());
        assertThat(published).hasSize(1);
        X509Certificate ca = published.get(0);
        assertThat(ca.getSubjectX500Principal().getName())
                .contains("CN=Mutualis — AC de démonstration (non qualifiée)", "O=Syndicat Mutualis");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(Files.readString(pki.caCertificate())).startsWith("-----BEGIN CERTIFICATE-----")
                .doesNotContain("PRIVATE KEY");

        KeyStore store = load(pki.signersKeyStore());
        assertThat(store.isKeyEntry("elu.demo")).isTrue();
        assertThat(store.isKeyEntry("adjoint.demo")).isTrue();
        Certificate[] chain = store.getCertificateChain("elu.demo");
        assertThat(chain).hasSize(2);
        assertThat(chain[1]).isEqualTo(ca);
        X509Certificate signer = (X509Certificate) chain[0];
        signer.verify(ca.getPublicKey());
        assertThat(signer.getSubjectX500Principal().getName())
                .contains("CN=Hélène Martin", "O=Commune de Saint-Exemple", "OU=0002 213300013");
        boolean[] keyUsage = signer.getKeyUsage();
        assertThat(keyUsage[0]).as("digitalSignature").isTrue();
        assertThat(keyUsage[1]).as("nonRepudiation").isTrue();
        assertThat(keyUsage[5]).as("keyCertSign").isFalse();
        assertThat(signer.getBasicConstraints()).isEqualTo(-1);
        assertThat(signer.getNonCriticalExtensionOIDs()).contains("2.5.29.56");
        assertThat(signer.getNotAfter()).isBefore(ca.getNotAfter());
    }

    @Test
    void keepsItsFilesWhenTheyAlreadyHoldEverySigner() throws Exception {
        DemoPki first = DemoCertificateAuthority.create(List.of(MAIRE, ADJOINT), PASSWORD, folder);
        byte[] ca = Files.readAllBytes(first.caCertificate());
        byte[] signers = Files.readAllBytes(first.signersKeyStore());

        DemoPki second = DemoCertificateAuthority.create(List.of(ADJOINT, MAIRE), PASSWORD, folder);
        DemoPki subset = DemoCertificateAuthority.create(List.of(MAIRE), PASSWORD, folder);

        assertThat(second).isEqualTo(first);
        assertThat(subset).isEqualTo(first);
        assertThat(Files.readAllBytes(first.caCertificate())).isEqualTo(ca);
        assertThat(Files.readAllBytes(first.signersKeyStore())).isEqualTo(signers);
    }

    @Test
    void issuesAMissingSignerWithTheSameCaAndKeepsTheOthers() throws Exception {
        DemoPki pki = DemoCertificateAuthority.create(List.of(MAIRE), PASSWORD, folder);
        byte[] ca = Files.readAllBytes(pki.caCertificate());
        Certificate maire = load(pki.signersKeyStore()).getCertificate("elu.demo");

        DemoCertificateAuthority.create(List.of(MAIRE, ADJOINT), PASSWORD, folder);

        KeyStore store = load(pki.signersKeyStore());
        assertThat(Files.readAllBytes(pki.caCertificate())).isEqualTo(ca);
        assertThat(store.getCertificate("elu.demo")).isEqualTo(maire);
        assertThat(store.getCertificateChain("adjoint.demo")[1]).isEqualTo(PemCertificates.read(ca).get(0));
    }

    @Test
    void startsAgainWhenTheFilesDoNotOpenWithThePassword() throws Exception {
        DemoPki pki = DemoCertificateAuthority.create(List.of(MAIRE), PASSWORD, folder);
        byte[] ca = Files.readAllBytes(pki.caCertificate());

        char[] other = "autre".toCharArray();
        DemoCertificateAuthority.create(List.of(MAIRE), other, folder);

        assertThat(Files.readAllBytes(pki.caCertificate())).isNotEqualTo(ca);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(pki.signersKeyStore())) {
            store.load(in, other);
        }
        assertThat(store.isKeyEntry("elu.demo")).isTrue();
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
