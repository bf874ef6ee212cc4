package fr.mutualis.files;

/** The store could not keep or give back a file (disk, network, object store). */
public class FileStoreException extends RuntimeException {

    public FileStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public FileStoreException(String message) {
        super(message);
    }
}
