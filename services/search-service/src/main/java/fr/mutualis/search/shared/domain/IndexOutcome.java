package fr.mutualis.search.shared.domain;

/** What the index did with a change. */
public enum IndexOutcome {
    /** The change was applied. */
    APPLIED,
    /** The index already holds this version or a newer one: nothing was changed. */
    STALE
}
