package fr.mutualis.search.consultation.domain;

import fr.mutualis.search.shared.domain.IndexUnavailableException;
import java.util.Map;
import java.util.Optional;

/**
 * Read side of the consultations index (port). Every method throws {@link IndexUnavailableException} when it cannot
 * be reached.
 */
public interface ConsultationSearchEngine {

    /**
     * The open consultations first, nearest deadline first, then the others, newest publication first; with text,
     * by relevance within each of the two groups. With facet counts.
     */
    ConsultationSearchResult search(ConsultationQuery query);

    /** The published consultation as indexed (plain JSON values), empty if the index holds none. */
    Optional<Map<String, Object>> find(String id);
}
