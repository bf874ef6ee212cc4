package fr.mutualis.search.shared.domain;

/** The search index refused a change for a reason that retrying will not fix (e.g. a field the mapping forbids). */
public class ChangeRejectedException extends RuntimeException {

    public ChangeRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
