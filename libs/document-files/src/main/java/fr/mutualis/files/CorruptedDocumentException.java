package fr.mutualis.files;

/** The document cannot be read: a truncated or damaged PDF. */
public final class CorruptedDocumentException extends FileRefusedException {

    public CorruptedDocumentException(String name, Throwable cause) {
        super("corrupted", "Le document « " + name + " » est endommagé ou incomplet et ne peut pas être lu", cause);
    }
}
