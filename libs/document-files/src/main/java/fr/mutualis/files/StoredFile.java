package fr.mutualis.files;

/**
 * A file that passed every check and is kept in the {@link FileStore}.
 *
 * @param sha256    its content's SHA-256, lower-case hexadecimal: its address in the store
 * @param mediaType the media type detected from its content, e.g. {@code application/pdf}
 * @param size      its length in bytes
 * @param name      the name it was sent with, made safe to show and to offer as a download name
 */
public record StoredFile(String sha256, String mediaType, long size, String name) {
}
