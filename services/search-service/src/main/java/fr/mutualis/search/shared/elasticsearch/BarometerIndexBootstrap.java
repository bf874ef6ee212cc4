package fr.mutualis.search.shared.elasticsearch;

import java.time.Duration;
import java.util.Map;

/**
 * The benchmark's indices: {@value #ALIAS} (latest self-assessment per collectivité, from its template) and
 * {@value #PROFILES} (per profile, the SIRENs having it; records are filtered by profile through terms lookups).
 */
public class BarometerIndexBootstrap {

    public static final String ALIAS = "barometer";
    /** Not "barometer-…": the template of the assessments' indices must not apply to it. */
    public static final String PROFILES = "mutualis-barometer-profiles";

    private final IndexBootstrap assessments;
    private final ElasticsearchJson es;

    public BarometerIndexBootstrap(IndexBootstrap assessments, ElasticsearchJson es) {
        this.assessments = assessments;
        this.es = es;
    }

    public void run(Duration timeout) {
        assessments.run(timeout);
        if (es.call("GET", ElasticsearchJson.path(PROFILES), Map.of(), null, true) == null) {
            try {
                es.call("PUT", ElasticsearchJson.path(PROFILES), Map.of(), Map.of(
                        "settings", Map.of("number_of_shards", 1, "number_of_replicas", 0),
                        "mappings", Map.of("dynamic", "strict", "properties", Map.of("sirens", Map.of("type", "keyword")))),
                        false);
            } catch (ElasticsearchJson.Refused alreadyThere) {
                // Another instance created it meanwhile.
                if (!"resource_already_exists_exception".equals(alreadyThere.errorType())) {
                    throw alreadyThere;
                }
            }
        }
    }

    /** Whether the assessments' index was created at this start: its consumer replays the topic. */
    public boolean freshIndex() {
        return assessments.freshIndex();
    }
}
