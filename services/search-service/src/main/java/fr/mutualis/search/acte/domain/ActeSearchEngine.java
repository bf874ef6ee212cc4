package fr.mutualis.search.acte.domain;

import fr.mutualis.search.shared.domain.IndexUnavailableException;
import java.util.Map;
import java.util.Optional;

/** Read side of the actes index (port). Every method throws {@link IndexUnavailableException} when it cannot be reached. */
public interface ActeSearchEngine {

    /** French full-text search when the query has text, otherwise the newest decisions first; with facet counts. */
    ActeSearchResult search(ActeQuery query);

    /** The published acte as indexed (text included, plain JSON values), empty if the index holds none. */
    Optional<Map<String, Object>> find(String id);
}
