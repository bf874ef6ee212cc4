package fr.mutualis.experience.collectivite.domain;

/** The referential could not answer: the write that needs it is refused, to be tried again later. */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
