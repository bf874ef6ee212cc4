package fr.mutualis.search.shared.elasticsearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One hit of a search answer, in plain values.
 *
 * @param score      relevance, null when the hits are sorted without it
 * @param highlights per field, fragments with the matched words in {@code <mark>…</mark>}, the rest HTML-escaped
 * @param source     the stored document, as plain JSON values
 */
public record FoundDocument(String id, Double score, Map<String, List<String>> highlights,
                            Map<String, Object> source) {

    /** The {@code highlight} of a request: {@code <mark>} around the matched words, everything else HTML-escaped. */
    public static Map<String, Object> highlight(Map<String, Object> fields) {
        return Map.of("pre_tags", List.of("<mark>"), "post_tags", List.of("</mark>"), "encoder", "html",
                "fields", fields);
    }

    /** The hits of a {@code _search} answer, in its order. */
    @SuppressWarnings("unchecked")
    public static List<FoundDocument> all(JsonNode answer, JsonMapper json) {
        List<FoundDocument> found = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hit -> {
            Map<String, List<String>> highlights = new LinkedHashMap<>();
            hit.path("highlight").properties().forEach(field -> {
                List<String> fragments = new ArrayList<>();
                field.getValue().forEach(fragment -> fragments.add(fragment.asString()));
                highlights.put(field.getKey(), fragments);
            });
            JsonNode score = hit.path("_score");
            found.add(new FoundDocument(hit.path("_id").asString(), score.isNumber() ? score.asDouble() : null,
                    highlights, json.convertValue(hit.path("_source"), Map.class)));
        });
        return found;
    }

    /** The number of matching documents of a {@code _search} answer ({@code track_total_hits: true}). */
    public static long total(JsonNode answer) {
        return answer.path("hits").path("total").path("value").asLong();
    }
}
