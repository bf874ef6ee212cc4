package fr.mutualis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real clamd of the test stack, with its local signature database (the EICAR test signature). */
@WithRealStack
class ClamdVirusScannerIntegrationTest {

    private static ClamdVirusScanner scanner;

    @TempDir
    Path folder;

    @BeforeAll
    static void connect(StackEndpoints stack) {
        scanner = new ClamdVirusScanner(stack.clamavHost(), stack.clamavPort(), Duration.ofSeconds(2),
                Duration.ofSeconds(30));
    }

    @Test
    void clamd_answers_ping() {
        assertThat(scanner.ping()).isTrue();
        assertThat(scanner.version()).startsWith("ClamAV ");
    }

    @Test
    void the_eicar_test_file_is_refused_as_infected_and_not_kept() {
        LocalDiskFileStore store = new LocalDiskFileStore(folder.resolve("store"));
        FileIntake intake = new FileIntake(folder.resolve("intake"), scanner, store);

        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(TestFiles.EICAR), "eicar.txt",
                FileRules.of(1_000_000, "text/plain")))
                .isInstanceOfSatisfying(InfectedFileException.class,
                        refused -> assertThat(refused.signature()).startsWith("Eicar-Test-Signature"))
                .hasMessageStartingWith("Le fichier « eicar.txt » contient un code malveillant (Eicar-Test-Signature");
        assertThat(store.root()).doesNotExist();
    }

    @Test
    void a_clean_pdf_passes_and_is_kept() throws Exception {
        byte[] pdf = TestFiles.pdf("Délibération du conseil syndical");
        LocalDiskFileStore store = new LocalDiskFileStore(folder.resolve("store"));
        FileIntake intake = new FileIntake(folder.resolve("intake"), scanner, store);

        StoredFile stored = intake.accept(new ByteArrayInputStream(pdf), "deliberation.pdf",
                FileRules.pdf(FileRules.megabytes(150)));

        assertThat(stored.sha256()).isEqualTo(FileIntakeTest.sha256(pdf));
        assertThat(store.exists(stored.sha256())).isTrue();
    }

    @Test
    void a_file_of_several_chunks_is_scanned_whole() {
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) ' ');
        System.arraycopy(TestFiles.EICAR, 0, large, large.length - TestFiles.EICAR.length - 10, TestFiles.EICAR.length);

        assertThat(scanner.scan(new ByteArrayInputStream(large)).signature()).hasValueSatisfying(
                signature -> assertThat(signature).startsWith("Eicar-Test-Signature"));
        assertThat(scanner.scan(new ByteArrayInputStream(new byte[3 * 1024 * 1024])).isClean()).isTrue();
    }
}
