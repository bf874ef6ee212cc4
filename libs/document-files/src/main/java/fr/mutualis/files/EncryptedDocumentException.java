package fr.mutualis.files;

/**
 * The document is encrypted (a password, or restrictions): the platform could neither check nor archive nor
 * publish it.
 */
public final class EncryptedDocumentException extends FileRefusedException {

    public EncryptedDocumentException(String name) {
        super("encrypted", "Le document « " + name + " » est protégé par un mot de passe ou chiffré : "
                + "déposez une version non protégée");
    }
}
