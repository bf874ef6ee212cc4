package fr.mutualis.demat.files;

import fr.mutualis.files.FileIntake;
import fr.mutualis.files.FileRules;
import fr.mutualis.files.FileStore;
import fr.mutualis.files.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The files of actes: the acte itself is a PDF, annexes are PDF, PNG or JPEG (what @CTES accepts for them). Each is
 * detected by its content, scanned and stored once by its SHA-256; a refused file leaves nothing behind.
 */
@Service
public class DocumentFiles {

    private final FileIntake intake;
    private final FileStore store;
    private final FileRules acte;
    private final FileRules annex;

    /** @param maxBytes per file, @CTES' limit for a whole transmission by default; the acte checks their total. */
    public DocumentFiles(FileIntake intake, FileStore store,
                         @Value("${mutualis.demat.max-file-bytes:157286400}") long maxBytes) {
        this.intake = intake;
        this.store = store;
        this.acte = new FileRules(maxBytes, Set.of("application/pdf"));
        this.annex = new FileRules(maxBytes, Set.of("application/pdf", "image/png", "image/jpeg"));
    }

    /** The acte's main document, a PDF. */
    public StoredFile acceptActe(InputStream content, String name) {
        return intake.accept(content, name, acte);
    }

    public StoredFile acceptAnnex(InputStream content, String name) {
        return intake.accept(content, name, annex);
    }

    /** A PDF the platform made itself (a signed or stamped version), stored like the others. */
    public StoredFile storeGenerated(byte[] pdf, String name) {
        return acceptActe(new ByteArrayInputStream(pdf), name);
    }

    /** The stored content of {@code sha256}. */
    public InputStream open(String sha256) {
        return store.open(sha256);
    }

    public byte[] read(String sha256) {
        try (InputStream in = open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
