package fr.mutualis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIntakeTest {

    private static final FileRules PDF_150_MB = FileRules.pdf(FileRules.megabytes(150));

    @TempDir
    Path folder;

    private Path intakeFolder;
    private LocalDiskFileStore store;
    private FakeScanner scanner;
    private FileIntake intake;

    @BeforeEach
    void intake() {
        intakeFolder = folder.resolve("intake");
        store = new LocalDiskFileStore(folder.resolve("store"));
        scanner = new FakeScanner();
        intake = new FileIntake(intakeFolder, scanner, store);
    }

    @Test
    void a_real_pdf_is_kept_under_its_sha256_with_its_detected_type_size_and_name() throws Exception {
        byte[] pdf = TestFiles.pdf("Délibération n° 2026-42");

        StoredFile stored = intake.accept(new ByteArrayInputStream(pdf), "deliberation.pdf", PDF_150_MB);

        assertThat(stored).isEqualTo(new StoredFile(sha256(pdf), "application/pdf", pdf.length, "deliberation.pdf"));
        try (InputStream kept = store.open(stored.sha256())) {
            assertThat(kept.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(scanner.scans).isOne();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a_windows_executable_named_pdf_is_refused_by_its_content() {
        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(TestFiles.windowsExecutable()), "x.pdf",
                PDF_150_MB))
                .isInstanceOfSatisfying(UnexpectedMediaTypeException.class, refused -> {
                    assertThat(refused.detectedMediaType()).isEqualTo("application/x-msdownload");
                    assertThat(refused.reason()).isEqualTo("unexpected-media-type");
                })
                .hasMessage("Le fichier « x.pdf » n'est pas un PDF (type détecté : application/x-msdownload)");
        assertNothingKept();
        assertThat(scanner.scans).as("refused before the antivirus").isZero();
    }

    @Test
    void other_rules_name_the_accepted_types() {
        FileRules images = FileRules.of(1_000_000, "image/png", "image/jpeg");

        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(TestFiles.pdf("x")), "photo.png", images))
                .isInstanceOf(UnexpectedMediaTypeException.class)
                .hasMessage("Le fichier « photo.png » n'est pas d'un type accepté (type détecté : application/pdf ; "
                        + "types acceptés : image/jpeg, image/png)");
    }

    @Test
    void a_truncated_pdf_is_refused_as_corrupted() {
        byte[] truncated = TestFiles.firstHalf(TestFiles.pdf("Arrêté du maire"));

        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(truncated), "arrete.pdf", PDF_150_MB))
                .isInstanceOfSatisfying(CorruptedDocumentException.class,
                        refused -> assertThat(refused.reason()).isEqualTo("corrupted"))
                .hasMessage("Le document « arrete.pdf » est endommagé ou incomplet et ne peut pas être lu");
        assertNothingKept();
    }

    @Test
    void a_pdf_whose_body_is_garbage_is_refused_as_corrupted() {
        byte[] damaged = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\n%% rien d'autre\ntrailer\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(damaged), "acte.pdf", PDF_150_MB))
                .isInstanceOf(CorruptedDocumentException.class);
        assertNothingKept();
    }

    @Test
    void an_encrypted_pdf_is_refused_with_or_without_a_password_to_open_it() {
        byte[] withPassword = TestFiles.pdf("secret", TestFiles.protection("owner", "user"));
        byte[] restricted = TestFiles.pdf("restreint", TestFiles.protection("owner", ""));

        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(withPassword), "a.pdf", PDF_150_MB))
                .isInstanceOfSatisfying(EncryptedDocumentException.class,
                        refused -> assertThat(refused.reason()).isEqualTo("encrypted"))
                .hasMessageContaining("protégé par un mot de passe ou chiffré");
        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(restricted), "b.pdf", PDF_150_MB))
                .isInstanceOf(EncryptedDocumentException.class);
        assertNothingKept();
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> intake.accept(InputStream.nullInputStream(), "vide.pdf", PDF_150_MB))
                .isInstanceOfSatisfying(EmptyFileException.class, refused -> assertThat(refused.reason()).isEqualTo("empty"))
                .hasMessage("Le fichier « vide.pdf » est vide");
        assertNothingKept();
    }

    @Test
    void reading_stops_as_soon_as_the_limit_is_passed() {
        TestFiles.EndlessStream endless = new TestFiles.EndlessStream();
        FileRules oneMegabyte = FileRules.pdf(FileRules.megabytes(1));

        assertThatThrownBy(() -> intake.accept(endless, "enorme.pdf", oneMegabyte))
                .isInstanceOfSatisfying(FileTooLargeException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("too-large");
                    assertThat(refused.maxBytes()).isEqualTo(1024 * 1024);
                })
                .hasMessage("Le fichier dépasse la taille maximale de 1 Mo");
        assertThat(endless.served).isLessThanOrEqualTo(FileRules.megabytes(1) + 64 * 1024);
        assertNothingKept();
    }

    @Test
    void the_limit_is_told_in_megabytes() {
        assertThat(new FileTooLargeException(FileRules.megabytes(150)))
                .hasMessage("Le fichier dépasse la taille maximale de 150 Mo");
    }

    @Test
    void a_file_exactly_at_the_limit_passes() {
        byte[] pdf = TestFiles.pdf("juste");

        StoredFile stored = intake.accept(new ByteArrayInputStream(pdf), "juste.pdf", FileRules.pdf(pdf.length));

        assertThat(stored.size()).isEqualTo(pdf.length);
    }

    @Test
    void an_infected_file_is_refused_with_its_signature_and_not_kept() {
        FileRules text = FileRules.of(1_000_000, "text/plain");

        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(TestFiles.EICAR), "eicar.txt", text))
                .isInstanceOfSatisfying(InfectedFileException.class, refused -> {
                    assertThat(refused.signature()).isEqualTo("Eicar-Test-Signature");
                    assertThat(refused.reason()).isEqualTo("infected");
                })
                .hasMessage("Le fichier « eicar.txt » contient un code malveillant (Eicar-Test-Signature) et a été refusé");
        assertNothingKept();
    }

    @Test
    void without_an_antivirus_verdict_nothing_is_kept() {
        scanner.unavailable = true;

        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(TestFiles.pdf("x")), "a.pdf", PDF_150_MB))
                .isInstanceOf(ScannerUnavailableException.class)
                .isNotInstanceOf(FileRefusedException.class);
        assertNothingKept();
    }

    @Test
    void the_same_content_sent_twice_is_kept_once() throws IOException {
        byte[] pdf = TestFiles.pdf("annexe");

        StoredFile first = intake.accept(new ByteArrayInputStream(pdf), "annexe.pdf", PDF_150_MB);
        StoredFile second = intake.accept(new ByteArrayInputStream(pdf), "copie de l'annexe.pdf", PDF_150_MB);

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.name()).isEqualTo("copie de l'annexe.pdf");
        assertThat(keptFiles()).hasSize(1);
    }

    @Test
    void names_lose_their_path_control_and_invisible_characters_and_stay_short() {
        assertThat(FileIntake.sanitizeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileIntake.sanitizeName("C:\\Users\\agent\\Délibération.pdf")).isEqualTo("Délibération.pdf");
        assertThat(FileIntake.sanitizeName("acte\u0000\n\r\t.pdf")).isEqualTo("acte.pdf");
        assertThat(FileIntake.sanitizeName("facture\u202Efdp.exe")).isEqualTo("facturefdp.exe");
        assertThat(FileIntake.sanitizeName("..")).isEqualTo("fichier");
        assertThat(FileIntake.sanitizeName("  ")).isEqualTo("fichier");
        assertThat(FileIntake.sanitizeName(null)).isEqualTo("fichier");
        assertThat(FileIntake.sanitizeName("De\u0301libe\u0301ration.pdf")).isEqualTo("Délibération.pdf");
        String longName = "a".repeat(300) + ".pdf";
        assertThat(FileIntake.sanitizeName(longName)).hasSize(255).endsWith("a.pdf");
        assertThat(FileIntake.sanitizeName("😀".repeat(200))).hasSizeLessThanOrEqualTo(255)
                .doesNotEndWith("\uD83D");
    }

    private void assertNothingKept() {
        assertThat(keptFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    private java.util.List<Path> keptFiles() {
        return regularFilesUnder(store.root());
    }

    private java.util.List<Path> temporaryFiles() {
        return regularFilesUnder(intakeFolder);
    }

    private static java.util.List<Path> regularFilesUnder(Path root) {
        if (!Files.exists(root)) {
            return java.util.List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
