package fr.mutualis.files;

/** No file of this SHA-256 is in the store. */
public final class StoredFileNotFoundException extends FileStoreException {

    public StoredFileNotFoundException(String sha256) {
        super("Aucun fichier d'empreinte " + sha256 + " n'est conservé");
    }
}
