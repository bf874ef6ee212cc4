package fr.mutualis.files;

/** The file has no content at all. */
public final class EmptyFileException extends FileRefusedException {

    public EmptyFileException(String name) {
        super("empty", "Le fichier « " + name + " » est vide");
    }
}
