package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.relevance.RelevanceCommand;
import fr.mutualis.relevance.RelevanceReport;
import fr.mutualis.relevance.SpellingReport;
import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import fr.mutualis.devstack.StackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark tool through the whole platform: the referential imported from the official package, records written
 * by agents and carried by Debezium to the search, the barometer's self-assessments, the benchmark views, and the
 * relevance of the search on the demonstration records against the PostgreSQL baseline.
 */
@WithRealStack
class BenchmarkEndToEndTest {

    private static final Duration PIPELINE = Duration.ofSeconds(60);
    /**
     * The validation part's floors: the figures measured on a freshly reset platform, less a margin for the records
     * other tests leave in the index (docs/benchmarks/relevance.md: 0.851 and +0.204 on a fresh platform, where this
     * test measured 0.848 and +0.201 after the search-service tests; before the domain vocabulary of ADR 0040, it
     * measured 0.789 to 0.795 where a fresh platform gave 0.799). They may only go up; the goal is 0.85 and
     * +0.15.
     */
    private static final double VALIDATION_NDCG_FLOOR = 0.83;
    private static final double VALIDATION_LEAD_FLOOR = 0.18;
    private static final String RENNES = "213502388";
    private static final String BREST = "212900195";
    private static final String BECHEREL = "213500226";
    /** A council the official package gives no SIREN: known from the councils' file of referential-service. */
    private static final String ALSACE = "200094332";

    private static PlatformClient platform;
    private static StackEndpoints stack;

    @BeforeAll
    static void startPlatform(StackEndpoints endpoints) {
        stack = endpoints;
        platform = PlatformClient.startPlatform();
        // The demonstration records are loaded at start-up: wait until they are all searchable.
        await().atMost(Duration.ofSeconds(120))
                .until(() -> platform.searchApi("/api/search?size=1").path("total").asLong() >= 155);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("hits").forEach(hit -> ids.add(hit.path("id").asString()));
        return ids;
    }

    private static long facet(JsonNode result, String facet, String code) {
        for (JsonNode f : result.path("facets")) {
            if (f.path("name").asString().equals(facet)) {
                for (JsonNode value : f.path("values")) {
                    if (value.path("code").asString().equals(code)) {
                        return value.path("count").asLong();
                    }
                }
            }
        }
        return 0;
    }

    @Test
    void published_records_carry_the_referentials_descriptors_into_facets_comparables_and_the_lifecycle() {
        String w = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JsonNode brest = platform.create(Map.of("title", "Cartographie des usages " + w, "summary", "Enquête " + w,
                "siren", BREST, "axes", List.of("big-data", "e-inclusion"), "step", "realise",
                "contact", Map.of("name", "Gwenaëlle Kerbrat", "email", "g.kerbrat@example.fr", "consent", true)));
        JsonNode becherel = platform.create(Map.of("title", "Café numérique " + w, "summary", "Ateliers " + w,
                "siren", BECHEREL, "axes", List.of("e-inclusion"), "step", "en-cours"));
        String brestId = brest.path("id").asString();

        JsonNode found = await().atMost(PIPELINE).until(() -> platform.searchApi("/api/search?q=" + w),
                result -> result.path("total").asLong() == 2);
        assertThat(facet(found, "axis", "e-inclusion")).isEqualTo(2);
        assertThat(facet(found, "kind", "commune")).isEqualTo(2);
        assertThat(facet(found, "populationBand", "50000-plus")).isEqualTo(1);
        assertThat(facet(found, "region", "53")).isEqualTo(2);
        JsonNode brestHit = found.path("hits").get(ids(found).indexOf(brestId));
        assertThat(brestHit.path("record").path("collectivite").path("name").asString()).isEqualTo("Brest");
        assertThat(brestHit.path("record").path("contact").path("name").asString()).isEqualTo("Gwenaëlle Kerbrat");

        assertThat(ids(platform.searchApi("/api/search?q=" + w + "&comparableTo=" + RENNES)))
                .as("communes of 50,000 inhabitants and more, like Rennes").containsExactly(brestId);

        platform.act("DELETE", "/api/experiences/" + brestId + "/contact", BREST);
        await().atMost(PIPELINE).until(() -> platform.searchApi("/api/search?q=" + w + "&axis=big-data"),
                result -> result.path("total").asLong() == 1 && !result.path("hits").get(0).path("record").has("contact"));

        platform.act("POST", "/api/experiences/" + becherel.path("id").asString() + "/archivage", BECHEREL);
        await().atMost(PIPELINE).until(() -> ids(platform.searchApi("/api/search?q=" + w)),
                hits -> hits.equals(List.of(brestId)));
        assertThat(ids(platform.searchApi("/api/search?q=" + w + "&statut=archived")))
                .containsExactly(becherel.path("id").asString());
    }

    @Test
    void a_departemental_council_the_package_names_without_siren_publishes_a_record() {
        String w = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        platform.create(Map.of("title", "Guichet unique des aides " + w, "summary", "Démarches en ligne " + w,
                "siren", ALSACE, "axes", List.of("dematerialisation"), "step", "realise"));

        JsonNode found = await().atMost(PIPELINE).until(() -> platform.searchApi("/api/search?q=" + w),
                result -> result.path("total").asLong() == 1);
        assertThat(found.path("hits").get(0).path("record").path("collectivite").path("name").asString())
                .isEqualTo("Collectivité européenne d'Alsace");
        assertThat(facet(found, "kind", "departement")).isEqualTo(1);
        assertThat(facet(found, "region", "44")).isEqualTo(1);
    }

    @Test
    void similar_records_of_a_demo_record() {
        JsonNode similar = platform.searchApi("/api/experiences/e7a1d0c0-0000-4000-8000-000000000006/similaires");

        List<String> ids = new ArrayList<>();
        similar.forEach(hit -> ids.add(hit.path("id").asString()));
        assertThat(ids).as("the other téléconsultation record").contains("e7a1d0c0-0000-4000-8000-000000000024");
    }

    @Test
    void a_self_assessment_reaches_the_benchmark_and_the_profile_facet() {
        String answers = """
                {"strategicPlan": true, "digitalElu": true,
                 "axes": ["open-data", "thd", "dematerialisation", "smart-city", "e-inclusion", "cloud", "e-democratie"],
                 "roles": ["chief-data-officer", "dpd"], "monitoring": true,
                 "communicationTools": ["top-down", "reseaux-sociaux", "participatif"]}""";
        JsonNode recorded = platform.post("/api/collectivites/" + RENNES + "/barometre", RENNES, answers, 201);
        assertThat(recorded.path("profile").path("code").asString()).isEqualTo("systemique");

        JsonNode benchmark = await().atMost(PIPELINE).until(
                () -> platform.searchApi("/api/benchmark?comparableTo=" + RENNES),
                result -> "systemique".equals(result.path("mine").path("profile").asString()));
        assertThat(benchmark.path("peers").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(benchmark.path("group").path("kind").asString()).isEqualTo("commune");
        assertThat(benchmark.path("axes")).hasSize(12);

        JsonNode rennesRecords = await().atMost(PIPELINE).until(
                () -> platform.searchApi("/api/search?profile=systemique&q=" + q("budget participatif")),
                result -> result.path("total").asLong() >= 1);
        assertThat(ids(rennesRecords)).contains("e7a1d0c0-0000-4000-8000-000000000015");
    }

    @Test
    void the_search_beats_the_postgresql_baseline_on_both_parts_of_the_judged_set() throws Exception {
        Path root = StackConfig.findProjectRoot();
        RelevanceCommand.Measured measured = RelevanceCommand.run(root, platform.searchUrl(),
                stack.jdbcUrl("relevance"), stack.postgresUser(), stack.postgresPassword());

        System.out.println(measured.toMarkdown());
        RelevanceReport tuning = measured.tuning();
        RelevanceReport validation = measured.validation();
        assertThat(tuning.rows().size() + validation.rows().size()).as("judged queries").isGreaterThanOrEqualTo(80);
        assertThat(validation.rows().size() * 3).as("a third of them kept for validation")
                .isGreaterThanOrEqualTo(tuning.rows().size() + validation.rows().size());
        assertThat(tuning.searchNdcg()).as("nDCG@10 of the search, tuning part").isGreaterThanOrEqualTo(0.85);
        assertThat(tuning.searchNdcg()).as("clearly above the baseline, tuning part")
                .isGreaterThan(tuning.baselineNdcg() + 0.05);
        // The project's current floor on queries and records no tuning decision looked at (README, relevance.md).
        assertThat(validation.searchNdcg()).as("nDCG@10 of the search, validation part")
                .isGreaterThanOrEqualTo(VALIDATION_NDCG_FLOOR);
        assertThat(validation.searchNdcg()).as("above the baseline, validation part")
                .isGreaterThan(validation.baselineNdcg() + VALIDATION_LEAD_FLOOR);
    }

    @Test
    void the_spelling_correction_stays_silent_on_queries_spelled_right_and_fixes_one_typo() {
        SpellingReport spelling = RelevanceCommand.spelling(StackConfig.findProjectRoot(), platform.searchUrl());

        System.out.println(spelling.toMarkdown());
        assertThat(spelling.correct()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(spelling.typos()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(spelling.silence()).as("queries spelled right left alone").isGreaterThanOrEqualTo(SpellingReport.SILENCE_GOAL);
        assertThat(spelling.fixed()).as("one-typo queries corrected").isGreaterThanOrEqualTo(SpellingReport.FIX_GOAL);
    }
}
