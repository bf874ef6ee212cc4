package fr.mutualis.search.shared.domain;

/** The search index refused a change for a reason that retrying will not fix (e.g. a field the mapping forbids). */
public class ChangeRejectedException extends RuntimeException {

    private final int position;

    public ChangeRejectedException(String message, Throwable cause) {
        super(message, cause);
        this.position = 0;
    }

    /** @param position the refused change's position among those sent together */
    public ChangeRejectedException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The refused change's position among those sent together; 0 when one change was sent. */
    public int position() {
        return position;
    }
}
