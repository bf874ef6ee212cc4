package fr.mutualis.files;

/**
 * A checked file kept only in a sealed form ({@link FileIntake#acceptSealed}).
 *
 * @param content      the file as it was received: its SHA-256, detected type, size and safe name
 * @param sealedSha256 where the store keeps its sealed form
 */
public record SealedFile(StoredFile content, String sealedSha256) {
}
