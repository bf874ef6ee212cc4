package fr.mutualis.search.experience.domain;

import java.util.List;
import java.util.Map;

/**
 * One experience found.
 *
 * @param id         experience id
 * @param title      title as indexed
 * @param summary    summary as indexed
 * @param siren      SIREN of the sharing authority
 * @param axes       thematic axes
 * @param score      relevance score; {@code null} for a listing without text
 * @param highlights per field ({@code title}, {@code summary}, {@code description}), the matching fragments with
 *                   the matched words wrapped in {@code <mark>…</mark>}; the rest of each fragment is HTML-escaped
 * @param document   the whole indexed record (collectivité, step, budget…) as plain JSON values
 */
public record SearchHit(
        String id,
        String title,
        String summary,
        String siren,
        List<String> axes,
        Double score,
        Map<String, List<String>> highlights,
        Map<String, Object> document) {

    public SearchHit {
        document = document == null ? Map.of() : document;
        axes = axes == null ? List.of() : List.copyOf(axes);
        highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
    }
}
