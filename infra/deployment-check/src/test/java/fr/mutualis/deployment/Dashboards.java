package fr.mutualis.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Grafana dashboards of {@code infra/observability/dashboards} (dashboard JSON model, importable as they are):
 * the fields Grafana needs to import and draw them, and their PromQL queries, for {@link Promtool} to parse.
 */
final class Dashboards {

    /** Grafana's grid is 24 columns wide. */
    private static final int GRID_WIDTH = 24;
    /** Grafana's interval variables, replaced by a duration for checking: they stand where a range does. */
    private static final String INTERVALS = "\\$(__rate_interval|__interval|__range)\\b|\\$\\{(__rate_interval|__interval|__range)}";
    /** Dashboard variables stand in label matchers ({@code application=~"$application"}): any value matches. */
    private static final String VARIABLES = "\\$\\{\\w+(:\\w+)?}|\\$\\w+";

    private Dashboards() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(Project.root().resolve("infra/observability/dashboards"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return Project.json().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** What Grafana would refuse or draw wrongly in {@code dashboard}; empty when it is complete. */
    static List<String> check(JsonNode dashboard) {
        List<String> problems = new ArrayList<>();
        for (String field : List.of("uid", "title")) {
            if (dashboard.path(field).asText().isBlank()) {
                problems.add(field + " is required");
            }
        }
        if (!dashboard.path("schemaVersion").isInt()) {
            problems.add("schemaVersion (integer) is required");
        }
        Set<String> variables = new HashSet<>();
        dashboard.path("templating").path("list").forEach(variable -> variables.add(variable.path("name").asText()));
        JsonNode panels = dashboard.path("panels");
        if (!panels.isArray() || panels.isEmpty()) {
            problems.add("panels are required");
        }
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels) {
            String where = "panel " + panel.path("id") + " (" + panel.path("title").asText() + ")";
            if (!panel.path("id").isInt() || !ids.add(panel.path("id").asInt())) {
                problems.add(where + ": a unique integer id is required");
            }
            if (panel.path("type").asText().isBlank() || panel.path("title").asText().isBlank()) {
                problems.add(where + ": type and title are required");
            }
            JsonNode grid = panel.path("gridPos");
            if (!(grid.path("h").isInt() && grid.path("w").isInt() && grid.path("x").isInt() && grid.path("y").isInt())
                    || grid.path("x").asInt() + grid.path("w").asInt() > GRID_WIDTH) {
                problems.add(where + ": gridPos h, w, x, y (integers, x + w <= 24) are required");
            }
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            String datasource = panel.path("datasource").path("uid").asText();
            if (datasource.startsWith("$") && !variables.contains(datasource.replaceAll("[${}]", ""))) {
                problems.add(where + ": datasource " + datasource + " is no variable of the dashboard");
            }
            if (!panel.path("targets").isArray() || panel.path("targets").isEmpty()) {
                problems.add(where + ": targets are required");
            }
            for (JsonNode target : panel.path("targets")) {
                if (target.path("refId").asText().isBlank() || target.path("expr").asText().isBlank()) {
                    problems.add(where + ": each target needs a refId and an expr");
                }
            }
        }
        return problems;
    }

    /**
     * Every query of {@code dashboard} as a Prometheus recording rule, named after its dashboard, panel and refId,
     * Grafana's variables replaced by what Prometheus would receive from them.
     */
    static Map<String, String> queries(JsonNode dashboard) {
        Map<String, String> queries = new LinkedHashMap<>();
        String prefix = "dashboard:" + dashboard.path("uid").asText().replaceAll("[^a-zA-Z0-9_]", "_");
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText().replaceAll(INTERVALS, "5m").replaceAll(VARIABLES, ".+");
                queries.put(prefix + ":panel_" + panel.path("id").asInt() + "_" + target.path("refId").asText(), expr);
            }
        }
        return queries;
    }

    /** A rules file of {@code queries} (JSON, which YAML reads): what {@code promtool check rules} takes. */
    static Path asRules(Map<String, String> queries, Path file) {
        ObjectNode rules = Project.json().createObjectNode();
        ObjectNode group = rules.putArray("groups").addObject().put("name", "dashboards");
        ArrayNode list = group.putArray("rules");
        queries.forEach((record, expr) -> list.addObject().put("record", record).put("expr", expr));
        try {
            Files.writeString(file, Project.json().writerWithDefaultPrettyPrinter().writeValueAsString(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
