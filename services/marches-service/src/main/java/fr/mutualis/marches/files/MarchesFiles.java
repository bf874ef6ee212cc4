package fr.mutualis.marches.files;

import fr.mutualis.files.FileIntake;
import fr.mutualis.files.FileRules;
import fr.mutualis.files.FileStore;
import fr.mutualis.files.SealedFile;
import fr.mutualis.files.StoredFile;
import java.io.InputStream;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The files of consultations. DCE files and bids are what buyer profiles take: office documents, PDFs, images,
 * archives and plans. Each is detected by its content and scanned; a DCE file is stored as it is, a bid only sealed
 * (encrypted for the consultation's key holders) so that nobody reads it before the opening.
 */
@Service
public class MarchesFiles {

    /** What companies and buyers exchange on buyer profiles; executables and scripts are refused whatever their name. */
    static final Set<String> DOCUMENTS = Set.of("application/pdf", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/msword", "application/vnd.ms-excel", "application/x-tika-msoffice",
            "application/x-tika-ooxml", "image/png", "image/jpeg", "text/plain", "text/csv", "application/xml",
            "image/vnd.dwg", "image/vnd.dxf");

    private final FileIntake intake;
    private final FileStore store;
    private final FileRules rules;

    public MarchesFiles(FileIntake intake, FileStore store,
                        @Value("${mutualis.marches.max-file-bytes:157286400}") long maxBytes) {
        this.intake = intake;
        this.store = store;
        this.rules = new FileRules(maxBytes, DOCUMENTS);
    }

    public StoredFile acceptDce(InputStream content, String name) {
        return intake.accept(content, name, rules);
    }

    /** A bid's file, checked on its content and then only stored sealed by {@code sealer}. */
    public SealedFile acceptSealed(InputStream content, String name, FileIntake.Sealer sealer) {
        return intake.acceptSealed(content, name, rules, sealer);
    }

    public InputStream open(String sha256) {
        return store.open(sha256);
    }
}
