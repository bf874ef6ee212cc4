package fr.mutualis.marches.consultation.application;

/** The consultation has no DCE file with this SHA-256. */
public class DceDocumentNotFoundException extends RuntimeException {

    public DceDocumentNotFoundException(String sha256) {
        super("No DCE file " + sha256);
    }
}
