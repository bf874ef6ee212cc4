package fr.mutualis.search.experience.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.shared.domain.IndexUnavailableException;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchFailures;
import fr.mutualis.search.shared.elasticsearch.IndexingMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The experience index on Elasticsearch. Every read and write goes through the alias, so the concrete index can be
 * rolled over or reindexed without the service noticing.
 *
 * <p>Writes use external versioning with the aggregate version: Elasticsearch itself refuses a version lower than
 * or equal to the stored one (HTTP 409), which makes indexing idempotent and order-proof even with several
 * consumers. Writes also require the alias to exist, so a write can never auto-create an unmapped index.
 *
 * <p>While an index rebuild runs, each write is made to the rebuilt index first (its concrete name), then through
 * the alias ({@link #mirrorTo}): whatever the order with the rebuild's replay and the swap, versions keep the newest.
 * A read-write lock lets the rebuild stop mirroring only once no mirrored write is under way, so that a write can
 * never reach, and auto-create, an index the rebuild deleted.
 *
 * <p>Each write request is timed under the alias's name, whichever index it goes to ({@link IndexingMetrics}).
 */
public class ElasticsearchExperienceIndex implements ExperienceIndex {

    /**
     * At most 250 records per bulk request, half a Kafka batch: a record costs about 0.4 ms of indexing on this 2-core
     * machine (docs/benchmarks/indexing.md), so a request stays far from the client's 10 s socket timeout even on a
     * loaded node. 5 MB is Elasticsearch's own advice for the size.
     */
    static final int MAX_OPERATIONS_PER_REQUEST = 250;
    /**
     * Two requests in flight: Elasticsearch indexes one (its write pool has a thread per core) while the client
     * serializes and sends the next. The order between them does not matter: external versions keep the newest.
     */
    static final int MAX_CONCURRENT_REQUESTS = 2;
    static final long MAX_BYTES_PER_REQUEST = 5L * 1024 * 1024;

    private final ElasticsearchClient client;
    private final String alias;
    private final boolean throughAlias;
    private final IndexingMetrics metrics;
    private final ReadWriteLock mirrorLock = new ReentrantReadWriteLock();
    private volatile ElasticsearchExperienceIndex mirror;

    public ElasticsearchExperienceIndex(ElasticsearchClient client, String alias, MeterRegistry meters) {
        this(client, alias, true, new IndexingMetrics(meters, alias));
    }

    private ElasticsearchExperienceIndex(ElasticsearchClient client, String target, boolean throughAlias,
                                         IndexingMetrics metrics) {
        this.client = Objects.requireNonNull(client, "client");
        this.alias = Objects.requireNonNull(target, "target");
        this.throughAlias = throughAlias;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** Writes into one concrete index by its name (a rebuild's new index, before it is behind the alias). */
    ElasticsearchExperienceIndex concrete(String index) {
        return new ElasticsearchExperienceIndex(client, index, false, metrics);
    }

    /**
     * Also writes every change to that concrete index, before the alias; {@code null} stops, once the writes under
     * way are done.
     */
    void mirrorTo(String index) {
        mirrorLock.writeLock().lock();
        try {
            mirror = index == null ? null : concrete(index);
        } finally {
            mirrorLock.writeLock().unlock();
        }
    }

    @Override
    public List<IndexOutcome> apply(List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        mirrorLock.readLock().lock();
        try {
            ElasticsearchExperienceIndex to = mirror;
            if (to != null) {
                to.write(changes);
            }
            return write(changes);
        } finally {
            mirrorLock.readLock().unlock();
        }
    }

    private List<IndexOutcome> write(List<Change> changes) {
        return metrics.write(changes.size(), () -> send(changes), IndexingMetrics::outcomeOfAll);
    }

    /**
     * Sends the changes through a {@link BulkIngester}, which splits them into requests of bounded count and size;
     * closing it waits for every request. External versions make each change conditional, item by item.
     */
    private List<IndexOutcome> send(List<Change> changes) {
        List<CompletableFuture<BulkResponseItem>> items = new ArrayList<>(changes.size());
        try (BulkIngester<CompletableFuture<BulkResponseItem>> ingester = BulkIngester.of(bulk -> bulk
                .client(client)
                .maxOperations(MAX_OPERATIONS_PER_REQUEST)
                .maxSize(MAX_BYTES_PER_REQUEST)
                .maxConcurrentRequests(MAX_CONCURRENT_REQUESTS)
                .listener(new ItemsListener()))) {
            for (Change change : changes) {
                CompletableFuture<BulkResponseItem> item = new CompletableFuture<>();
                items.add(item);
                ingester.add(operation(change), item);
            }
        }
        List<IndexOutcome> outcomes = new ArrayList<>(changes.size());
        ChangeRejectedException rejected = null;
        for (int position = 0; position < changes.size(); position++) {
            Change change = changes.get(position);
            BulkResponseItem item = item(items.get(position), change);
            ErrorCause error = item.error();
            if (error == null) {
                // A removal of an absent document answers 404 "not_found" without error: nothing to remove, and
                // Elasticsearch still records the version, so a late older snapshot cannot bring it back.
                outcomes.add(IndexOutcome.APPLIED);
            } else if (item.status() == 409) {
                outcomes.add(IndexOutcome.STALE);
            } else if (retryable(item.status())) {
                throw new IndexUnavailableException("Elasticsearch unavailable, could not " + describe(change)
                        + " (HTTP " + item.status() + "): " + error.reason(), null);
            } else {
                outcomes.add(null);
                if (rejected == null) {
                    rejected = new ChangeRejectedException("Elasticsearch refused to " + describe(change) + " in '"
                            + alias + "' (HTTP " + item.status() + "): " + error.type() + ": " + error.reason(),
                            position);
                }
            }
        }
        if (rejected != null) {
            throw rejected;
        }
        return outcomes;
    }

    private BulkOperation operation(Change change) {
        if (change instanceof Put put) {
            IndexedExperience experience = put.experience();
            return BulkOperation.of(operation -> operation.index(index -> index
                    .index(alias)
                    .requireAlias(throughAlias)
                    .id(experience.id())
                    .versionType(VersionType.External)
                    .version(experience.version())
                    .document(document(experience))));
        }
        return BulkOperation.of(operation -> operation.delete(delete -> delete
                .index(alias)
                .id(change.id())
                .versionType(VersionType.External)
                .version(change.version())));
    }

    private BulkResponseItem item(CompletableFuture<BulkResponseItem> item, Change change) {
        try {
            return item.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw unavailable(describe(change), cause instanceof Exception exception ? exception : e);
        }
    }

    private static String describe(Change change) {
        return (change instanceof Put ? "index" : "remove") + " experience " + change.id() + " v" + change.version();
    }

    /** Hands each operation its item of the bulk response, or the failure of its whole request. */
    private static final class ItemsListener implements BulkListener<CompletableFuture<BulkResponseItem>> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request,
                               List<CompletableFuture<BulkResponseItem>> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request,
                              List<CompletableFuture<BulkResponseItem>> contexts, BulkResponse response) {
            for (int i = 0; i < contexts.size(); i++) {
                contexts.get(i).complete(response.items().get(i));
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request,
                              List<CompletableFuture<BulkResponseItem>> contexts, Throwable failure) {
            contexts.forEach(context -> context.completeExceptionally(failure));
        }
    }

    private IndexOutcome remove(String index, String id, long version, VersionType versionType) {
        return metrics.write(1, () -> delete(index, id, version, versionType));
    }

    private IndexOutcome delete(String index, String id, long version, VersionType versionType) {
        try {
            // An absent document answers 404 "not_found", which the client returns as a result: nothing to remove,
            // and Elasticsearch still records the version, so a late older snapshot cannot bring it back.
            client.delete(request -> request
                    .index(index)
                    .id(id)
                    .versionType(versionType)
                    .version(version));
            return IndexOutcome.APPLIED;
        } catch (ElasticsearchException | IOException e) {
            if (ElasticsearchFailures.httpStatus(e) == 409) {
                return IndexOutcome.STALE;
            }
            throw writeFailure("remove experience " + id + " v" + version, e);
        }
    }

    /**
     * Removes what an earlier release indexed although only its collectivité may read it (drafts), each at its own
     * version: a repeated draft event stays stale, a later publication still applies. Run at startup, before the
     * listener; a document changed meanwhile (409) is left to its newer event.
     *
     * @return how many documents were removed
     */
    public int removeNonPublic() {
        List<FieldValue> publicStatuses = IndexedExperience.PUBLIC_STATUSES.stream().map(FieldValue::of).toList();
        int removed = 0;
        try {
            while (true) {
                List<Hit<Void>> hits = client.search(search -> search.index(alias).size(500).version(true)
                        .source(source -> source.fetch(false))
                        .query(query -> query.bool(bool -> bool.mustNot(not -> not.terms(terms -> terms
                                .field("status").terms(values -> values.value(publicStatuses)))))), Void.class)
                        .hits().hits();
                int removedNow = 0;
                for (Hit<Void> hit : hits) {
                    if (remove(hit.index(), hit.id(), hit.version(), VersionType.ExternalGte) == IndexOutcome.APPLIED) {
                        removedNow++;
                    }
                }
                if (removedNow == 0) {
                    return removed;
                }
                removed += removedNow;
                client.indices().refresh(refresh -> refresh.index(alias));
            }
        } catch (ElasticsearchException | IOException e) {
            throw unavailable("remove the records that are not public", e);
        }
    }

    /**
     * The stored document: the record's details (event data and derived fields) with the core fields on top. Its
     * fields are those of the index template ({@code infra/elasticsearch/index-templates/experiences.json},
     * {@code dynamic: strict}); dates are ISO-8601.
     */
    static Map<String, Object> document(IndexedExperience experience) {
        Map<String, Object> document = new LinkedHashMap<>(experience.details());
        document.put("id", experience.id());
        document.put("title", experience.title());
        document.put("summary", experience.summary());
        document.put("siren", experience.siren());
        document.put("axes", experience.axes());
        document.put("status", experience.status());
        document.put("demo", experience.demo());
        document.put("createdAt", experience.createdAt().toString());
        document.put("updatedAt", experience.updatedAt().toString());
        document.put("version", experience.version());
        return document;
    }

    /**
     * Elasticsearch out of reach or overloaded; or 404, which on a write means the alias is missing (require_alias):
     * the bootstrap may still be under way. Worth retrying, unlike a refusal of the document itself.
     */
    private static boolean retryable(int status) {
        return status < 0 || status >= 500 || status == 429 || status == 408 || status == 404;
    }

    private RuntimeException writeFailure(String action, Exception e) {
        int status = ElasticsearchFailures.httpStatus(e);
        if (retryable(status)) {
            return unavailable(action, e);
        }
        return new ChangeRejectedException("Elasticsearch refused to " + action + " in '" + alias + "' (HTTP "
                + status + "): " + e.getMessage(), e);
    }

    private IndexUnavailableException unavailable(String action, Exception e) {
        int status = ElasticsearchFailures.httpStatus(e);
        return new IndexUnavailableException("Elasticsearch unavailable, could not " + action
                + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + e.getMessage(), e);
    }
}
