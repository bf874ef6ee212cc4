package fr.mutualis.search.shared.elasticsearch;

import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.shared.domain.IndexOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Objects;

/**
 * Writes to an index through its alias at the aggregate version, as Elasticsearch's external version: it refuses
 * (409) a version not greater than the stored one, document or deletion, so repeated, replayed and late events change
 * nothing (ADR 0004). Writes require the alias, so that one never auto-creates an unmapped index; an index template's
 * {@code gc_deletes} says how long a deletion's version is remembered. Each write is timed ({@link IndexingMetrics}).
 */
public final class VersionedDocuments {

    private final ElasticsearchJson es;
    private final String alias;
    private final IndexingMetrics metrics;

    public VersionedDocuments(ElasticsearchJson es, String alias, MeterRegistry meters) {
        this.es = Objects.requireNonNull(es, "es");
        this.alias = Objects.requireNonNull(alias, "alias");
        this.metrics = new IndexingMetrics(meters, alias);
    }

    /**
     * @throws fr.mutualis.search.shared.domain.IndexUnavailableException when the index cannot be reached
     * @throws ChangeRejectedException                                    when the index refuses the document
     */
    public IndexOutcome put(String id, long version, Object document) {
        return metrics.write(1, () -> write(id, version, document));
    }

    /** Deletes at that version, present or not: the index remembers the version, so a late older write is refused. */
    public IndexOutcome delete(String id, long version) {
        return metrics.write(1, () -> remove(id, version));
    }

    private IndexOutcome write(String id, long version, Object document) {
        try {
            es.put(alias, id, Map.of("version_type", "external", "version", String.valueOf(version),
                    "require_alias", "true"), document);
            return IndexOutcome.APPLIED;
        } catch (ElasticsearchJson.Refused refused) {
            return outcomeOf(refused, "index " + id + " v" + version);
        }
    }

    private IndexOutcome remove(String id, long version) {
        try {
            // An absent document answers 404, taken as done: Elasticsearch still keeps the version of the deletion.
            es.call("DELETE", ElasticsearchJson.path(alias, "_doc", id), Map.of("version_type", "external",
                    "version", String.valueOf(version)), null, true);
            return IndexOutcome.APPLIED;
        } catch (ElasticsearchJson.Refused refused) {
            return outcomeOf(refused, "remove " + id + " v" + version);
        }
    }

    private IndexOutcome outcomeOf(ElasticsearchJson.Refused refused, String action) {
        if (refused.status() == 409) {
            return IndexOutcome.STALE;
        }
        throw new ChangeRejectedException("Elasticsearch refused to " + action + " in '" + alias + "' (HTTP "
                + refused.status() + ", " + refused.errorType() + ")", refused);
    }
}
