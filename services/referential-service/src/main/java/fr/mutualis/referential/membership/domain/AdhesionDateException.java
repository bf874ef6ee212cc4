package fr.mutualis.referential.membership.domain;

/**
 * A date of adhesion or departure outside {@link Adhesion#isPlausibleDate}, or a departure before the adhesion.
 *
 * @see #leaving()
 */
public class AdhesionDateException extends IllegalArgumentException {

    private final boolean leaving;

    public AdhesionDateException(boolean leaving, String message) {
        super(message);
        this.leaving = leaving;
    }

    /** Whether the date at fault is the departure's rather than the adhesion's. */
    public boolean leaving() {
        return leaving;
    }
}
