package fr.mutualis.experience.record.domain;

/**
 * A page of a listing.
 *
 * @param page zero-based page number
 * @param size number of items per page, 1 to {@value #MAX_SIZE}
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be at least 0, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
