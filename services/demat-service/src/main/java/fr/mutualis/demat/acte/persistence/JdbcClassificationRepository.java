package fr.mutualis.demat.acte.persistence;

import fr.mutualis.demat.acte.domain.ActeRuleException;
import fr.mutualis.demat.acte.domain.Classification;
import fr.mutualis.demat.acte.domain.ClassificationRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each collectivité's versions of its classification, each in force from its date; the @CTES default
 * ({@code classification/default.csv}) before the first.
 */
@Repository
class JdbcClassificationRepository implements ClassificationRepository {

    private static final LocalDate DEFAULT_VERSION = LocalDate.of(2026, 1, 1);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Classification byDefault = new Classification(DEFAULT_VERSION, readDefault());

    private final Clock clock;

    JdbcClassificationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Classification current(String siren) {
        return jdbc.sql("SELECT version, entries::text FROM classification WHERE siren = :siren"
                        + " AND version <= :today ORDER BY version DESC LIMIT 1")
                .param("siren", siren).param("today", LocalDate.now(clock.withZone(PARIS)))
                .query((rs, row) -> new Classification(rs.getObject("version", LocalDate.class),
                        json.readValue(rs.getString("entries"), new TypeReference<Map<String, String>>() { })))
                .optional().orElse(byDefault);
    }

    @Override
    public void add(String siren, Classification classification) {
        LocalDate latest = jdbc.sql("SELECT max(version) FROM classification WHERE siren = :siren")
                .param("siren", siren).query(LocalDate.class).optional().orElse(null);
        LocalDate after = latest == null || latest.isBefore(DEFAULT_VERSION) ? DEFAULT_VERSION : latest;
        if (!classification.version().isAfter(after)) {
            throw new ActeRuleException("version",
                    "Une nouvelle version de la classification est datée après la dernière déclarée (" + after + ").");
        }
        jdbc.sql("INSERT INTO classification (siren, version, entries) VALUES (:siren, :version, CAST(:entries AS jsonb))")
                .param("siren", siren).param("version", classification.version())
                .param("entries", json.writeValueAsString(classification.entries()))
                .update();
    }

    private static Map<String, String> readDefault() {
        Map<String, String> entries = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("classification/default.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(";", 2))
                    .forEach(fields -> entries.put(fields[0].strip(), fields[1].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
