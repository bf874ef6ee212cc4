package fr.mutualis.referential.territory.domain;

/** The official package could not be downloaded, read or verified: nothing was imported. */
public class OfficialReferentialUnavailableException extends RuntimeException {

    public OfficialReferentialUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
