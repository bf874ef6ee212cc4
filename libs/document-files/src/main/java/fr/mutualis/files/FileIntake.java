package fr.mutualis.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.config.TikaConfig;

/**
 * The one way an uploaded file enters the platform. {@link #accept} streams the content to a temporary file, computing
 * its SHA-256 and stopping as soon as it passes the size limit (a file is never held in memory); detects its media type
 * from its content (its name is only a hint where the content says nothing more precise: a Windows executable named
 * {@code x.pdf} is an executable); checks that type is accepted; has the antivirus scan it; opens a PDF to refuse a
 * damaged, truncated or encrypted one; and only when every check passed hands it to the {@link FileStore}. The
 * temporary file is always deleted. A file the antivirus could not scan is never stored.
 */
public final class FileIntake {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_NAME_LENGTH = 255;
    private static final String DEFAULT_NAME = "fichier";
    /** The PDF specification puts %%EOF at the end; readers tolerate it within the last 1024 bytes. */
    private static final int EOF_MARKER_WINDOW = 1024;

    private final Path temporaryFolder;
    private final VirusScanner scanner;
    private final FileStore store;
    private final Detector detector;

    /** {@code temporaryFolder}: where files wait while they are checked, created if missing; keep it off any shared place. */
    public FileIntake(Path temporaryFolder, VirusScanner scanner, FileStore store) {
        this.temporaryFolder = temporaryFolder;
        this.scanner = scanner;
        this.store = store;
        this.detector = TikaConfig.getDefaultConfig().getDetector();
    }

    /**
     * Checks and keeps {@code content} (read to its end or to the limit; the caller closes it).
     *
     * @param declaredName the name the sender gave, made safe for {@link StoredFile#name()}
     * @throws FileRefusedException        the file breaks a rule: {@link FileTooLargeException},
     *                                     {@link EmptyFileException}, {@link UnexpectedMediaTypeException},
     *                                     {@link CorruptedDocumentException}, {@link EncryptedDocumentException},
     *                                     {@link InfectedFileException}
     * @throws ScannerUnavailableException the antivirus gave no verdict: nothing was stored
     * @throws FileStoreException          the store could not keep it
     */
    public StoredFile accept(InputStream content, String declaredName, FileRules rules) {
        Path temporary = createTemporaryFile();
        try {
            StoredFile checked = check(content, sanitizeName(declaredName), rules, temporary);
            store.put(checked.sha256(), temporary);
            return checked;
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Every check of {@link #accept}, on {@code content} received into {@code temporary}. */
    private StoredFile check(InputStream content, String name, FileRules rules, Path temporary) {
        Received received = receive(content, temporary, rules.maxBytes());
        if (received.size() == 0) {
            throw new EmptyFileException(name);
        }
        String mediaType = detect(temporary, name);
        if (!rules.allowedMediaTypes().contains(mediaType)) {
            throw new UnexpectedMediaTypeException(name, mediaType, rules.allowedMediaTypes());
        }
        // Scanned before any parser reads it: known malware never reaches PDFBox.
        scan(temporary, name);
        if (FileRules.PDF.equals(mediaType)) {
            requireReadablePdf(temporary, name);
        }
        return new StoredFile(received.sha256(), mediaType, received.size(), name);
    }

    /**
     * Checks {@code content} as {@link #accept} does, then keeps only what {@code sealer} makes of it (e.g. its
     * encryption for the people allowed to read it): the store never receives the content itself, and the sealed form
     * is stored under its own SHA-256. The returned file describes the content (its SHA-256, type, size and name, for a
     * receipt); the sealed form's SHA-256 is where it is kept.
     */
    public SealedFile acceptSealed(InputStream content, String declaredName, FileRules rules, Sealer sealer) {
        Path temporary = createTemporaryFile();
        Path sealed = createTemporaryFile();
        try {
            StoredFile checked = check(content, sanitizeName(declaredName), rules, temporary);
            MessageDigest digest = Digests.sha256();
            try (InputStream plain = Files.newInputStream(temporary);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(sealed), digest)) {
                sealer.seal(plain, out);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot seal the file: " + e.getMessage(), e);
            }
            // The content is gone from the disk before the sealed form is kept.
            deleteQuietly(temporary);
            String sealedSha256 = HexFormat.of().formatHex(digest.digest());
            store.put(sealedSha256, sealed);
            return new SealedFile(checked, sealedSha256);
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(sealed);
        }
    }

    /** Turns checked content into the form that is stored instead of it. */
    @FunctionalInterface
    public interface Sealer {

        void seal(InputStream content, OutputStream sealed) throws IOException;
    }

    /**
     * A name safe to show and to offer as a download name: its last path segment, without control or invisible
     * formatting characters (e.g. a right-to-left override hiding an extension), NFC-normalised, at most 255
     * characters (the extension kept), never empty nor a dot-only name.
     */
    public static String sanitizeName(String declaredName) {
        if (declaredName == null) {
            return DEFAULT_NAME;
        }
        String name = Normalizer.normalize(declaredName, Normalizer.Form.NFC);
        int lastSeparator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(lastSeparator + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(codePoint -> !Character.isISOControl(codePoint)
                        && Character.getType(codePoint) != Character.FORMAT
                        && Character.getType(codePoint) != Character.LINE_SEPARATOR
                        && Character.getType(codePoint) != Character.PARAGRAPH_SEPARATOR
                        && Character.getType(codePoint) != Character.SURROGATE
                        && Character.getType(codePoint) != Character.UNASSIGNED
                        && codePoint != ':')
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return DEFAULT_NAME;
        }
        return truncate(name);
    }

    private static String truncate(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_NAME_LENGTH - extension.length();
        if (Character.isHighSurrogate(base.charAt(keep - 1))) {
            keep--;
        }
        return base.substring(0, keep).strip() + extension;
    }

    private record Received(String sha256, long size) {
    }

    private static Received receive(InputStream content, Path temporary, long maxBytes) {
        MessageDigest digest = Digests.sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(temporary)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot receive the file: " + e.getMessage(), e);
        }
        return new Received(HexFormat.of().formatHex(digest.digest()), size);
    }

    /** The base media type (no parameters) that the content's magic says; the name only refines it. */
    private String detect(Path file, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the received file: " + e.getMessage(), e);
        }
    }

    private void scan(Path file, String name) {
        VirusScanner.Verdict verdict;
        try (InputStream in = Files.newInputStream(file)) {
            verdict = scanner.scan(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the received file: " + e.getMessage(), e);
        }
        verdict.signature().ifPresent(signature -> {
            throw new InfectedFileException(name, signature);
        });
    }

    private static void requireReadablePdf(Path file, String name) {
        if (!endsWithEofMarker(file)) {
            throw new CorruptedDocumentException(name, new IOException("no %%EOF marker at the end: truncated"));
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(), (String) null, null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                throw new EncryptedDocumentException(name);
            }
            if (document.getNumberOfPages() < 1) {
                throw new CorruptedDocumentException(name, new IOException("no page"));
            }
            for (PDPage page : document.getPages()) {
                page.getMediaBox();
            }
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRefusedException refused) {
                throw refused;
            }
            throw new CorruptedDocumentException(name, e);
        }
    }

    private static boolean endsWithEofMarker(Path file) {
        try (var channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int window = (int) Math.min(size, EOF_MARKER_WINDOW);
            var tail = java.nio.ByteBuffer.allocate(window);
            channel.position(size - window);
            while (tail.hasRemaining() && channel.read(tail) != -1) {
                // reads the whole window
            }
            return new String(tail.array(), 0, tail.position(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("%%EOF");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the received file: " + e.getMessage(), e);
        }
    }

    private Path createTemporaryFile() {
        try {
            Files.createDirectories(temporaryFolder);
            try {
                return Files.createTempFile(temporaryFolder, "intake-", ".part",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                return Files.createTempFile(temporaryFolder, "intake-", ".part");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file in " + temporaryFolder + ": "
                    + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the folder is the intake's own; a leftover is never read again
        }
    }
}
