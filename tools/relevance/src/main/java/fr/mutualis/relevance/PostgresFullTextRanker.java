package fr.mutualis.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: PostgreSQL full-text search with its stock {@code french} configuration (Snowball stemmer, French stop
 * words; no synonyms, no accent folding, no typo tolerance) over the same published demo records, weighted like the
 * search (title A, summary B, the rest C) and ranked by {@code ts_rank_cd}. Terms are OR-ed, as the search does:
 * AND-ing them would make the baseline return nothing for long queries and flatter the comparison.
 */
public final class PostgresFullTextRanker implements Ranker, AutoCloseable {

    private static final String TABLE = "relevance_baseline";

    private final Connection connection;

    private PostgresFullTextRanker(Connection connection) {
        this.connection = connection;
    }

    /**
     * Loads the published records of the demonstration file into a fresh table of {@code jdbcUrl}'s database.
     *
     * @param demoFile {@code services/experience-service/src/main/resources/demo/experiences.json}
     */
    public static PostgresFullTextRanker load(String jdbcUrl, String user, String password, Path demoFile) {
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS " + TABLE);
                ddl.execute("CREATE TABLE " + TABLE + " (id text PRIMARY KEY, document tsvector NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, "
                    + "setweight(to_tsvector('french', ?), 'A') || setweight(to_tsvector('french', ?), 'B') "
                    + "|| setweight(to_tsvector('french', ?), 'C'))")) {
                for (JsonNode record : JsonMapper.builder().build().readTree(Files.readString(demoFile))) {
                    if (!record.path("status").asString("published").equals("published")) {
                        continue;
                    }
                    insert.setString(1, record.required("id").asString());
                    insert.setString(2, record.required("title").asString());
                    insert.setString(3, record.required("summary").asString());
                    insert.setString(4, body(record));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return new PostgresFullTextRanker(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the PostgreSQL baseline into " + jdbcUrl + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts the search also reads beyond title and summary. */
    private static String body(JsonNode record) {
        List<String> texts = new ArrayList<>();
        for (String field : List.of("description", "results", "authority")) {
            texts.add(record.path(field).asString(""));
        }
        texts.add(record.path("lessons").path("wouldRedo").asString(""));
        texts.add(record.path("lessons").path("wouldNotRedo").asString(""));
        texts.add(StreamSupport.stream(record.path("indicators").spliterator(), false)
                .map(indicator -> indicator.path("label").asString("")).collect(Collectors.joining(" ")));
        return String.join(" ", texts);
    }

    @Override
    public String name() {
        return "PostgreSQL FTS";
    }

    @Override
    public List<String> top(String query, int k) {
        String sql = "WITH q AS (SELECT nullif(replace(plainto_tsquery('french', ?)::text, '&', '|'), '')::tsquery AS query) "
                + "SELECT id FROM " + TABLE + ", q WHERE document @@ q.query "
                + "ORDER BY ts_rank_cd(document, q.query) DESC, id LIMIT ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, query);
            select.setInt(2, k);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Baseline query '" + query + "' failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
