package fr.mutualis.pdf.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.pdf.DemoDocuments;
import fr.mutualis.pdf.pki.DemoCertificateAuthority;
import fr.mutualis.pdf.pki.DemoPki;
import fr.mutualis.pdf.pki.Signer;
import fr.mutualis.pdf.text.PdfText;

class PadesSignatureTest {

    private static final char[] PASSWORD = "mot-de-passe-demo".toCharArray();
    private static final Signer MAIRE = new Signer("elu.demo", "Hélène", "Martin", "Commune de Saint-Exemple",
            "213300013");
    private static final Signer ADJOINT = new Signer("adjoint.demo", "Paul", "Durand", "Commune de Saint-Exemple",
            "213300013");
    private static final Instant SIGNED_AT = Instant.parse("2026-11-30T10:15:30Z");

    @TempDir
    static Path folder;

    private static SigningKeys keys;
    private static SigningKeys otherCaKeys;
    private static PadesVerifier verifier;
    private static final PadesSigner signer = new PadesSigner();
    private static byte[] deliberation;
    private static byte[] signed;

    @BeforeAll
    static void demoPkiAndASignedDeliberation() {
        DemoPki pki = DemoCertificateAuthority.create(List.of(MAIRE, ADJOINT), PASSWORD, folder.resolve("pki"));
        DemoPki other = DemoCertificateAuthority.create(List.of(MAIRE), PASSWORD, folder.resolve("other-pki"));
        keys = SigningKeys.fromPkcs12(pki.signersKeyStore(), PASSWORD);
        otherCaKeys = SigningKeys.fromPkcs12(other.signersKeyStore(), PASSWORD);
        verifier = PadesVerifier.trusting(pki.caCertificate());
        deliberation = DemoDocuments.simplePdf("Délibération n° 2026-042", List.of(
                "Le conseil municipal, après en avoir délibéré, approuve le marché de restauration scolaire.",
                "Montant : 120 000 € HT."));
        signed = signer.sign(deliberation, keys.forAlias("elu.demo").orElseThrow(), details());
    }

    @AfterAll
    static void closeKeys() {
        keys.close();
        otherCaKeys.close();
    }

    private static SignatureDetails details() {
        return new SignatureDetails("Signature de la délibération", "Saint-Exemple", "Hélène Martin", SIGNED_AT);
    }

    @Test
    void aSignedDocumentIsValidAndNamesItsSigner() {
        VerificationReport report = verifier.verify(signed);

        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.signerName()).isEqualTo("Hélène Martin");
            assertThat(check.signingTime()).isEqualTo(SIGNED_AT);
            assertThat(check.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(check.subIndication()).isNull();
            assertThat(check.intact()).isTrue();
            assertThat(check.trustedChain()).isTrue();
            assertThat(check.coversWholeDocument()).isTrue();
            assertThat(check.modifiedAfterSigning()).isFalse();
        });
    }

    @Test
    void signingAppendsToTheOriginalWhichStaysReadable() {
        assertThat(Arrays.copyOf(signed, deliberation.length)).isEqualTo(deliberation);
        assertThat(PdfText.extract(signed, 1000)).contains("Délibération n° 2026-042", "120 000 €");
    }

    @Test
    void aSecondSignatureKeepsTheFirstValid() {
        byte[] countersigned = signer.sign(signed, keys.forAlias("adjoint.demo").orElseThrow(),
                new SignatureDetails("Contreseing", null, null, SIGNED_AT.plusSeconds(600)));

        VerificationReport report = verifier.verify(countersigned);

        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).extracting(SignatureCheck::signerName)
                .containsExactly("Hélène Martin", "Paul Durand");
        assertThat(report.signatures()).extracting(SignatureCheck::coversWholeDocument).containsExactly(false, true);
        assertThat(report.signatures()).allSatisfy(check -> assertThat(check.passed()).isTrue());
    }

    @Test
    void pageContentAddedAfterSigningMakesItInvalid() throws Exception {
        byte[] tampered;
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 72);
                content.showText("Montant rectifié : 990 000 €");
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            tampered = out.toByteArray();
        }
        assertThat(Arrays.copyOf(tampered, signed.length)).as("an incremental update").isEqualTo(signed);
        assertThat(PdfText.extract(tampered, 2000)).contains("Montant rectifié : 990 000 €");

        VerificationReport report = verifier.verify(tampered);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).as("the signed revision itself is intact").isTrue();
            assertThat(check.coversWholeDocument()).isFalse();
            assertThat(check.modifiedAfterSigning()).isTrue();
        });
    }

    @Test
    void aByteChangedInsideTheSignedRangeMakesItInvalid() {
        long[] byteRange = byteRange(signed);
        byte[] tampered = signed.clone();
        // The second line of a PDF is a binary comment: changing it leaves the file readable, but not as signed.
        int position = indexOf(tampered, (byte) '\n') + 2;
        assertThat(position).isLessThan((int) byteRange[1]);
        tampered[position] ^= 0x01;

        VerificationReport report = verifier.verify(tampered);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).isFalse();
            assertThat(check.indication()).isEqualTo("TOTAL_FAILED");
            assertThat(check.subIndication()).isEqualTo("HASH_FAILURE");
        });
    }

    @Test
    void aSignatureFromAnotherCaIsNotTrusted() {
        byte[] foreign = signer.sign(deliberation, otherCaKeys.forAlias("elu.demo").orElseThrow(), details());

        VerificationReport report = verifier.verify(foreign);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.signerName()).isEqualTo("Hélène Martin");
            assertThat(check.intact()).isTrue();
            assertThat(check.trustedChain()).isFalse();
            assertThat(check.indication()).isEqualTo("INDETERMINATE");
            assertThat(check.subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
        });
    }

    @Test
    void anUnsignedDamagedOrNonPdfDocumentIsNotValid() {
        assertThat(verifier.verify(deliberation)).isEqualTo(new VerificationReport(false, List.of()));
        assertThat(verifier.verify("pas un PDF".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new VerificationReport(false, List.of()));
        assertThat(verifier.verify("%PDF-1.7\nendommagé\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(new VerificationReport(false, List.of()));
    }

    @Test
    void anUnknownAliasHasNoKeyAndNonPdfBytesCannotBeSigned() {
        assertThat(keys.forAlias("inconnu")).isEmpty();
        assertThatThrownBy(() -> signer.sign("pas un PDF".getBytes(StandardCharsets.UTF_8),
                keys.forAlias("elu.demo").orElseThrow(), details()))
                .isInstanceOf(PdfSignatureException.class);
    }

    @Test
    void aClaimedSigningTimeOutsideTheCertificateIsRefused() {
        SigningKey key = keys.forAlias("elu.demo").orElseThrow();
        Instant beforeTheCertificate = key.certificate().getNotBefore().toInstant().minusSeconds(86_400);

        assertThatThrownBy(() -> signer.sign(deliberation, key,
                new SignatureDetails("Signature", null, null, beforeTheCertificate)))
                .isInstanceOf(PdfSignatureException.class);
    }

    private static long[] byteRange(byte[] pdf) {
        Matcher matcher = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertThat(matcher.find()).isTrue();
        return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4))};
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
