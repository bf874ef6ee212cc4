package fr.mutualis.search.experience.application;

/** An export would hold more records than allowed: the query must be narrowed. */
public class ExportTooLargeException extends RuntimeException {

    private final long total;
    private final int max;

    public ExportTooLargeException(long total, int max) {
        super(total + " records match, at most " + max + " may be exported");
        this.total = total;
        this.max = max;
    }

    public long total() {
        return total;
    }

    public int max() {
        return max;
    }
}
