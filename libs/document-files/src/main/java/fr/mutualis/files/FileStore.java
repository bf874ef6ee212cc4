package fr.mutualis.files;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Content-addressed storage of the files that passed every check: a file's address is its SHA-256, so the same
 * content sent twice is kept once, and a kept file never changes.
 */
public interface FileStore {

    /** A content's address: its SHA-256 in lower-case hexadecimal. */
    Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Keeps the content of {@code file} (which the caller still owns and deletes) under {@code sha256}; nothing is
     * written when that content is already kept.
     *
     * @return whether it was new to the store
     */
    boolean put(String sha256, Path file);

    /**
     * The content kept under {@code sha256}, for the caller to close.
     *
     * @throws StoredFileNotFoundException when nothing is kept under it
     */
    InputStream open(String sha256);

    boolean exists(String sha256);

    /**
     * The length in bytes of the content kept under {@code sha256}.
     *
     * @throws StoredFileNotFoundException when nothing is kept under it
     */
    long size(String sha256);

    /** Refuses anything but a lower-case hexadecimal SHA-256, so that an address never becomes a path or key of its own. */
    static String requireSha256(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hexadecimal SHA-256: " + sha256);
        }
        return sha256;
    }
}
