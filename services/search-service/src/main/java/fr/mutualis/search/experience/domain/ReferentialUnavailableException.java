package fr.mutualis.search.experience.domain;

/** The members referential cannot answer now (comparables need it): retrying later may succeed. */
public class ReferentialUnavailableException extends RuntimeException {

    public ReferentialUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
