package fr.mutualis.search.experience.domain;

import java.util.Optional;

/**
 * Keeps the searches people make, without anything that tells who made them, so that the syndicate's administrators
 * see which queries find nothing or lead nowhere (port).
 */
@FunctionalInterface
public interface SearchJournal {

    /** Keeps nothing. */
    SearchJournal NONE = result -> Optional.empty();

    /** @return the id under which the search is kept, when it is (a search with text, on its first page) */
    Optional<String> keep(SearchResult result);
}
