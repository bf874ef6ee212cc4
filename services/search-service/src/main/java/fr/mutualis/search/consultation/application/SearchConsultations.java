package fr.mutualis.search.consultation.application;

import fr.mutualis.search.consultation.domain.ConsultationNotFoundException;
import fr.mutualis.search.consultation.domain.ConsultationQuery;
import fr.mutualis.search.consultation.domain.ConsultationSearchEngine;
import fr.mutualis.search.consultation.domain.ConsultationSearchResult;
import fr.mutualis.search.shared.domain.AggregateIds;
import java.util.Map;
import java.util.Objects;

/** Use case: search the published consultations, or read one. */
public class SearchConsultations {

    private final ConsultationSearchEngine engine;

    public SearchConsultations(ConsultationSearchEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** @throws fr.mutualis.search.shared.domain.IndexUnavailableException when the index cannot be reached */
    public ConsultationSearchResult search(ConsultationQuery query) {
        return engine.search(Objects.requireNonNull(query, "query"));
    }

    /** @throws ConsultationNotFoundException if no published consultation has this id */
    public Map<String, Object> consultation(String id) {
        // Any text that is not a consultation id names no consultation: it never reaches the index.
        if (!AggregateIds.isAggregateId(id)) {
            throw new ConsultationNotFoundException(id);
        }
        return engine.find(id).orElseThrow(() -> new ConsultationNotFoundException(id));
    }
}
