package fr.mutualis.search.shared.domain;

/** The search index cannot be reached or answered with a transient error: retrying later may succeed. */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
