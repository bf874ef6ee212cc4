package fr.mutualis.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;

/**
 * Files on a local disk, at {@code <root>/ab/cd/<sha256>} (the hash's first two pairs of digits as folders, so that no
 * folder grows too large). A file is copied next to its place, checked against its hash, moved there atomically and
 * made read-only: a reader never sees half a file, and a kept file is never rewritten.
 */
public final class LocalDiskFileStore implements FileStore {

    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r--r-----");

    private final Path root;

    public LocalDiskFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where the content of {@code sha256} is, or would be, kept. */
    public Path pathOf(String sha256) {
        FileStore.requireSha256(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public boolean put(String sha256, Path file) {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return false;
        }
        Path incoming = null;
        try {
            Files.createDirectories(target.getParent());
            incoming = Files.createTempFile(target.getParent(), "." + sha256 + ".", ".incoming");
            String copied = copyHashing(file, incoming);
            if (!copied.equals(sha256)) {
                throw new FileStoreException("Content of " + file + " does not match its address " + sha256
                        + " (found " + copied + ")");
            }
            setReadOnly(incoming);
            try {
                // ATOMIC_MOVE is a rename: a concurrent put of the same content leaves the same bytes in place.
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                return false;
            }
            incoming = null;
            return true;
        } catch (IOException e) {
            throw new FileStoreException("Cannot store " + sha256 + " under " + root + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new StoredFileNotFoundException(sha256);
        } catch (IOException e) {
            throw new FileStoreException("Cannot read " + sha256 + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public long size(String sha256) {
        try {
            return Files.size(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new StoredFileNotFoundException(sha256);
        } catch (IOException e) {
            throw new FileStoreException("Cannot read " + sha256 + ": " + e.getMessage(), e);
        }
    }

    private static String copyHashing(Path source, Path destination) throws IOException {
        MessageDigest digest = Digests.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
             OutputStream out = Files.newOutputStream(destination)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void setReadOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, READ_ONLY);
        } catch (UnsupportedOperationException e) {
            if (!file.toFile().setReadOnly()) {
                throw new AccessDeniedException(file.toString(), null, "cannot make read-only");
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover ".incoming" file is never read as content
            }
        }
    }
}
