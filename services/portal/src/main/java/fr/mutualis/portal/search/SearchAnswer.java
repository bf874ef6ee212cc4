package fr.mutualis.portal.search;

import java.util.List;
import java.util.Map;

/**
 * What the portal reads of search-service's {@code GET /api/search}; the rest of its answer is ignored.
 *
 * @param total      the number of records found
 * @param totalEstimated whether the total and the facets' counts are estimates (a query that found too many records to
 *                       count them all); null from a search-service that does not say it
 * @param hits       the records of the page
 * @param facets     each facet with its values and their counts
 * @param didYouMean     a likelier spelling of the text, or null
 * @param correctedQuery the correction whose results these are, because the text found nothing; or null
 * @param searchId       the search as search-service's journal keeps it, to report which record was opened; or null
 */
record SearchAnswer(long total, Boolean totalEstimated, List<Hit> hits, List<Facet> facets, String didYouMean, String correctedQuery,
                    String searchId) {

    SearchAnswer {
        hits = hits == null ? List.of() : hits;
        facets = facets == null ? List.of() : facets;
    }

    /**
     * @param highlights field → fragments with the matched words in {@code <mark>}
     * @param record     the record as indexed: collectivité, step, year…
     */
    record Hit(String id, String title, String summary, List<String> axes, Map<String, List<String>> highlights,
               Map<String, Object> record) {

        Hit {
            axes = axes == null ? List.of() : axes;
            highlights = highlights == null ? Map.of() : highlights;
            record = record == null ? Map.of() : record;
        }
    }

    /** @param name the parameter that filters on it, e.g. {@code axis} */
    record Facet(String name, String title, List<Value> values) {

        Facet {
            values = values == null ? List.of() : values;
        }
    }

    record Value(String code, String label, long count, boolean selected) {
    }
}
