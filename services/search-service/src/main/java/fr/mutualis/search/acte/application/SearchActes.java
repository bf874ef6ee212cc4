package fr.mutualis.search.acte.application;

import fr.mutualis.search.acte.domain.ActeNotFoundException;
import fr.mutualis.search.acte.domain.ActeQuery;
import fr.mutualis.search.acte.domain.ActeSearchEngine;
import fr.mutualis.search.acte.domain.ActeSearchResult;
import fr.mutualis.search.acte.domain.PublishedActe;
import java.util.Map;
import java.util.Objects;

/** Use case: search the published actes, or read one. */
public class SearchActes {

    private final ActeSearchEngine engine;

    public SearchActes(ActeSearchEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** @throws fr.mutualis.search.shared.domain.IndexUnavailableException when the index cannot be reached */
    public ActeSearchResult search(ActeQuery query) {
        return engine.search(Objects.requireNonNull(query, "query"));
    }

    /** @throws ActeNotFoundException if no published acte has this id */
    public Map<String, Object> acte(String id) {
        // Any text that is not an acte id names no acte: it never reaches the index.
        if (!PublishedActe.isActeId(id)) {
            throw new ActeNotFoundException(id);
        }
        return engine.find(id).orElseThrow(() -> new ActeNotFoundException(id));
    }
}
