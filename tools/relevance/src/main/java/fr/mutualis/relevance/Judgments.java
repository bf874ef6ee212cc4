package fr.mutualis.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graded judgments of {@code tools/relevance/judgments.json}: for each query, the grade of each record that
 * answers it (3 exactly what was asked, 2 clearly relevant, 1 marginal); a record not listed is graded 0.
 */
public record Judgments(List<Query> queries) {

    public Judgments {
        queries = List.copyOf(queries);
    }

    /**
     * @param need            what the person typing the query wants, in French
     * @param correctSpelling the query spelled right when it carries a typo on purpose (« inclusoin »), else null
     */
    public record Query(String id, String text, String need, String correctSpelling, Map<String, Integer> grades) {

        public Query {
            grades = Map.copyOf(grades);
        }

        public int grade(String recordId) {
            return grades.getOrDefault(recordId, 0);
        }
    }

    public static Judgments read(Path file) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
            List<Query> queries = new ArrayList<>();
            for (JsonNode query : root.required("queries")) {
                Map<String, Integer> grades = new LinkedHashMap<>();
                query.required("judgments").properties().forEach(entry -> grades.put(entry.getKey(), entry.getValue().asInt()));
                queries.add(new Query(query.required("id").asString(), query.required("query").asString(),
                        query.path("need").asString(""), query.path("correctSpelling").asString(null), grades));
            }
            return new Judgments(queries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the judgments " + file, e);
        }
    }
}
