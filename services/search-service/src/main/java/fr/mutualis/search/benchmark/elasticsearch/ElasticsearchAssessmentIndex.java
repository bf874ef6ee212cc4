package fr.mutualis.search.benchmark.elasticsearch;

import fr.mutualis.search.benchmark.domain.Assessment;
import fr.mutualis.search.benchmark.domain.AssessmentIndex;
import fr.mutualis.search.benchmark.domain.Benchmark;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.experience.domain.Labels;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.IndexingMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The latest self-assessment of each collectivité (index {@code barometer}, document id = SIREN, external version =
 * the collectivité's number of assessments), and the SIRENs of each profile (index {@code barometer-profiles},
 * document id = profile code) that record searches filter and count by.
 */
public class ElasticsearchAssessmentIndex implements AssessmentIndex {

    /** The criteria of the barometer (seed 003), in the study's order, with their French labels. */
    static final Map<String, String> CRITERIA = Labels.ordered("strategicPlan", "Plan ou schéma stratégique",
            "digitalElu", "Élu en charge du numérique", "axes", "Axes engagés", "roles", "Compétences spécialisées",
            "monitoring", "Suivi et évaluation", "communicationTools", "Outils de communication");

    private final ElasticsearchJson es;
    private final String alias;
    private final String profilesIndex;
    private final IndexingMetrics metrics;

    public ElasticsearchAssessmentIndex(ElasticsearchJson es, String alias, String profilesIndex, MeterRegistry meters) {
        this.es = es;
        this.alias = alias;
        this.profilesIndex = profilesIndex;
        this.metrics = new IndexingMetrics(meters, alias);
    }

    @Override
    public IndexOutcome index(Assessment assessment) {
        JsonNode previous = es.document(alias, assessment.siren());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("siren", assessment.siren());
        document.put("assessedOn", assessment.assessedOn());
        document.put("profile", assessment.profile());
        document.put("axes", assessment.axes());
        document.put("criteriaMet", assessment.criteriaMet());
        document.put("collectivite", assessment.collectivite());
        document.put("demo", assessment.demo());
        document.put("version", assessment.version());
        if (metrics.write(1, () -> put(assessment, document)) == IndexOutcome.STALE) {
            return IndexOutcome.STALE;
        }
        String before = previous == null ? null : previous.path("_source").path("profile").asString(null);
        if (before != null && !before.equals(assessment.profile())) {
            updateProfile(before, assessment.siren(), false);
        }
        updateProfile(assessment.profile(), assessment.siren(), true);
        return IndexOutcome.APPLIED;
    }

    private IndexOutcome put(Assessment assessment, Map<String, Object> document) {
        try {
            es.put(alias, assessment.siren(), Map.of("version_type", "external",
                    "version", String.valueOf(assessment.version()), "require_alias", "true"), document);
            return IndexOutcome.APPLIED;
        } catch (ElasticsearchJson.Refused refused) {
            if (refused.status() == 409) {
                return IndexOutcome.STALE;
            }
            throw refused;
        }
    }

    /**
     * Adds or removes a SIREN from a profile's list, with optimistic concurrency (the consumers of several partitions
     * may change one profile at once); no scripting, which the platform's Elasticsearch does not ship.
     */
    private void updateProfile(String profile, String siren, boolean add) {
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonNode current = es.document(profilesIndex, profile);
            boolean exists = current != null && current.path("found").asBoolean();
            java.util.LinkedHashSet<String> sirens = new java.util.LinkedHashSet<>();
            if (exists) {
                current.path("_source").path("sirens").forEach(s -> sirens.add(s.asString()));
            }
            if (!(add ? sirens.add(siren) : sirens.remove(siren))) {
                return;
            }
            Map<String, String> condition = exists
                    ? Map.of("refresh", "true", "if_seq_no", String.valueOf(current.path("_seq_no").asLong()),
                            "if_primary_term", String.valueOf(current.path("_primary_term").asLong()))
                    : Map.of("refresh", "true", "op_type", "create");
            try {
                es.put(profilesIndex, profile, condition, Map.of("sirens", List.copyOf(sirens)));
                return;
            } catch (ElasticsearchJson.Refused conflict) {
                if (conflict.status() != 409) {
                    throw conflict;
                }
            }
        }
        throw new fr.mutualis.search.shared.domain.IndexUnavailableException(
                "Too many concurrent changes of barometer profile " + profile, null);
    }

    @Override
    public Benchmark benchmark(Benchmark.PeerGroup group, String siren) {
        List<Object> filters = new ArrayList<>();
        if (group.kind() != null) {
            filters.add(Map.of("term", Map.of("collectivite.kind", group.kind())));
        }
        if (group.populationBand() != null) {
            filters.add(Map.of("term", Map.of("collectivite.populationBand.code", group.populationBand())));
        }
        if (group.region() != null) {
            filters.add(Map.of("term", Map.of("collectivite.region.code", group.region())));
        }
        Map<String, Object> body = Map.of("size", 0, "track_total_hits", true,
                "query", Map.of("bool", Map.of("filter", filters)),
                "aggs", Map.of(
                        "axes", Map.of("terms", Map.of("field", "axes", "size", 20)),
                        "profiles", Map.of("terms", Map.of("field", "profile", "size", 10)),
                        "criteria", Map.of("terms", Map.of("field", "criteriaMet", "size", 10))));
        JsonNode answer = es.search(alias, body);
        long peers = answer.path("hits").path("total").path("value").asLong();
        JsonNode aggregations = answer.path("aggregations");
        Benchmark.Position mine = null;
        if (siren != null) {
            JsonNode own = es.document(alias, siren);
            if (own != null && own.path("found").asBoolean()) {
                List<String> axes = new ArrayList<>();
                own.path("_source").path("axes").forEach(axis -> axes.add(axis.asString()));
                mine = new Benchmark.Position(siren, own.path("_source").path("collectivite").path("name").asString(""),
                        own.path("_source").path("profile").asString(), axes);
            }
        }
        return new Benchmark(group, peers, shares(aggregations.path("axes"), Labels.AXES, peers),
                shares(aggregations.path("profiles"), Labels.PROFILES, peers),
                shares(aggregations.path("criteria"), CRITERIA, peers), mine);
    }

    /** Every code of the list, in its order, with its count among the peers (zero when none). */
    private static List<Benchmark.Share> shares(JsonNode aggregation, Map<String, String> labels, long peers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        aggregation.path("buckets").forEach(bucket -> counts.put(bucket.path("key").asString(),
                bucket.path("doc_count").asLong()));
        List<Benchmark.Share> shares = new ArrayList<>();
        labels.forEach((code, label) -> {
            long count = counts.getOrDefault(code, 0L);
            shares.add(new Benchmark.Share(code, label, count, peers == 0 ? 0 : (double) count / peers));
        });
        return shares;
    }
}
