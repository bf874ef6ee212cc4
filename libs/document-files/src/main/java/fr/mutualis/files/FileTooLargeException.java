package fr.mutualis.files;

/** The file is longer than {@link FileRules#maxBytes()}: reading stopped as soon as the limit was passed. */
public final class FileTooLargeException extends FileRefusedException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("too-large", "Le fichier dépasse la taille maximale de " + FileRules.describeSize(maxBytes));
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
