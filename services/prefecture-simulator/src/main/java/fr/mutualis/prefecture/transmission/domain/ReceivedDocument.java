package fr.mutualis.prefecture.transmission.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A file as received, with its fingerprint: its size and SHA-256, and whether it is a PDF by its first bytes.
 *
 * @param fileName    the name the sender gave it, as sent
 * @param contentType the media type the sender declared, null when none
 */
public record ReceivedDocument(DocumentRole role, String fileName, String contentType, long size, String sha256,
                               boolean pdf, DocumentContent content) {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    /** Reads {@code content} once to fingerprint it. */
    public static ReceivedDocument read(DocumentRole role, String fileName, String contentType,
                                        DocumentContent content) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] head = new byte[PDF_MAGIC.length];
        int headLength = 0;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = content.open()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (headLength < head.length) {
                    int copied = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copied);
                    headLength += copied;
                }
                sha256.update(buffer, 0, read);
                size += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReceivedDocument(role, fileName, contentType, size, HexFormat.of().formatHex(sha256.digest()),
                headLength == PDF_MAGIC.length && Arrays.equals(head, PDF_MAGIC), content);
    }

    /** A name the préfecture can keep: 1 to 255 characters, no folder, no control character. */
    public boolean hasAcceptableName() {
        return fileName != null && !fileName.isBlank() && fileName.length() <= 255 && fileName.indexOf('/') < 0
                && fileName.indexOf('\\') < 0 && fileName.chars().noneMatch(Character::isISOControl)
                && !fileName.equals(".") && !fileName.equals("..");
    }
}
