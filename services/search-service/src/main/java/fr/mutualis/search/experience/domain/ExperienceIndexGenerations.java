package fr.mutualis.search.experience.domain;

import java.util.List;

/**
 * The concrete indices behind the experience alias (port), for a rebuild: a new generation is created from the
 * current template, filled while the live one keeps serving, then put behind the alias in one atomic step.
 */
public interface ExperienceIndexGenerations {

    /** The concrete indices the alias points to now. */
    List<String> live();

    /**
     * Creates a new, empty concrete index from the current index template, writable through a rebuild alias only
     * (searches never see it until {@link #swap}).
     *
     * @return its name
     */
    String create();

    /** Writes into that new index, with the same versioned rules as the live index. */
    ExperienceIndex writerFor(String index);

    /**
     * From now on, every live write is also made to that new index, before the live one; {@code null} stops.
     * Versions make the double writes idempotent whatever their order with the rebuild's own writes.
     */
    void mirrorLiveWritesTo(String index);

    /**
     * Makes what was written to the index visible to searches, and keeps it so from now on (a new index is filled
     * without periodic refreshes).
     */
    void refresh(String index);

    /**
     * Starts merging the index's segments into one, in the background: a rebuilt index is filled by many bulk
     * requests and then read far more than written (on 1,000,000 records, searches on the 48 segments a rebuild left
     * took a fifth longer than on one; docs/benchmarks/search-scale.md).
     */
    void compact(String index);

    /** Number of documents in the index. */
    long count(String index);

    /** In one atomic request: the alias leaves {@code previous} and points to {@code next} only, as write index. */
    void swap(List<String> previous, String next);

    /** Deletes the index; an index already gone is not an error. */
    void delete(String index);
}
