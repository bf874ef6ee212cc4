package fr.mutualis.search.experience.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.TransportException;
import fr.mutualis.search.experience.domain.ChangeRejectedException;
import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.IndexOutcome;
import fr.mutualis.search.experience.domain.IndexUnavailableException;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchResult;
import org.elasticsearch.client.ResponseException;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The experience index on Elasticsearch. Every read and write goes through the alias, so the concrete index can be
 * rolled over or reindexed without the service noticing.
 *
 * <p>Writes use external versioning with the aggregate version: Elasticsearch itself refuses a version lower than
 * or equal to the stored one (HTTP 409), which makes indexing idempotent and order-proof even with several
 * consumers. Writes also require the alias to exist, so a write can never auto-create an unmapped index.
 */
public class ElasticsearchExperienceIndex implements ExperienceIndex, ExperienceSearchEngine {

    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    private static final String MARK_OPEN = "<mark>";
    private static final String MARK_CLOSE = "</mark>";

    private final ElasticsearchClient client;
    private final String alias;

    public ElasticsearchExperienceIndex(ElasticsearchClient client, String alias) {
        this.client = Objects.requireNonNull(client, "client");
        this.alias = Objects.requireNonNull(alias, "alias");
    }

    @Override
    public IndexOutcome index(IndexedExperience experience) {
        try {
            client.index(request -> request
                    .index(alias)
                    .requireAlias(true)
                    .id(experience.id())
                    .versionType(VersionType.External)
                    .version(experience.version())
                    .document(ExperienceDocument.of(experience)));
            return IndexOutcome.APPLIED;
        } catch (ElasticsearchException | IOException e) {
            if (httpStatus(e) == 409) {
                return IndexOutcome.STALE;
            }
            throw writeFailure("index experience " + experience.id() + " v" + experience.version(), e);
        }
    }

    @Override
    public IndexOutcome remove(String id, long version) {
        try {
            // An absent document answers 404 "not_found", which the client returns as a result: nothing to remove,
            // and Elasticsearch still records the version, so a late older snapshot cannot bring it back.
            client.delete(request -> request
                    .index(alias)
                    .id(id)
                    .versionType(VersionType.External)
                    .version(version));
            return IndexOutcome.APPLIED;
        } catch (ElasticsearchException | IOException e) {
            if (httpStatus(e) == 409) {
                return IndexOutcome.STALE;
            }
            throw writeFailure("remove experience " + id + " v" + version, e);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        SearchRequest request = SearchRequest.of(search -> {
            search.index(alias)
                    .from(query.offset())
                    .size(query.size())
                    .trackTotalHits(total -> total.enabled(true));
            if (query.isListing()) {
                search.query(q -> q.matchAll(all -> all))
                        .sort(sort -> sort.field(field -> field.field("createdAt").order(SortOrder.Desc)))
                        .sort(sort -> sort.field(field -> field.field("id").order(SortOrder.Asc)));
            } else {
                search.query(q -> q.multiMatch(match -> match
                                .query(query.text())
                                .type(TextQueryType.BestFields)
                                .fields(TITLE + "^3", SUMMARY)))
                        .highlight(highlight -> highlight
                                .preTags(MARK_OPEN)
                                .postTags(MARK_CLOSE)
                                .encoder(HighlighterEncoder.Html)
                                .fields(TITLE, field -> field.numberOfFragments(0))
                                .fields(SUMMARY, field -> field.fragmentSize(180).numberOfFragments(3)));
            }
            return search;
        });
        SearchResponse<ExperienceDocument> response;
        try {
            response = client.search(request, ExperienceDocument.class);
        } catch (ElasticsearchException | IOException e) {
            int status = httpStatus(e);
            if (isTransient(status) || status == 404) {
                throw unavailable("search", e);
            }
            throw new IllegalStateException("Elasticsearch refused the search (HTTP " + status + "): "
                    + e.getMessage(), e);
        }
        long total = response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
        List<SearchHit> hits = response.hits().hits().stream().map(ElasticsearchExperienceIndex::hit).toList();
        return new SearchResult(query, total, hits);
    }

    private static SearchHit hit(Hit<ExperienceDocument> hit) {
        ExperienceDocument document = hit.source();
        Map<String, List<String>> highlights = hit.highlight() == null ? Map.of() : hit.highlight();
        // A sorted listing has no score: Elasticsearch sends null, which the client reads as NaN.
        Double score = hit.score() == null || hit.score().isNaN() ? null : hit.score();
        if (document == null) {
            return new SearchHit(hit.id(), "", "", "", List.of(), score, highlights);
        }
        return new SearchHit(document.id(), document.title(), document.summary(), document.siren(),
                document.axes(), score, highlights);
    }

    /**
     * The HTTP status of a failed call, or -1 when there was no answer (connection refused, timeout). The client
     * raises {@link ElasticsearchException} for the statuses it asks the low-level client to let through (400, 401,
     * 403, 404, 405); any other, 409 included, comes as the low-level {@link ResponseException}.
     */
    static int httpStatus(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof ElasticsearchException es) {
                return es.status();
            }
            if (e instanceof ResponseException response) {
                return response.getResponse().getStatusLine().getStatusCode();
            }
            if (e instanceof TransportException transport && transport.statusCode() > 0) {
                return transport.statusCode();
            }
        }
        return -1;
    }

    private static boolean isTransient(int status) {
        return status < 0 || status >= 500 || status == 429 || status == 408;
    }

    private RuntimeException writeFailure(String action, Exception e) {
        int status = httpStatus(e);
        // 404 here means the alias is missing (require_alias): the bootstrap may still be under way, retry.
        if (isTransient(status) || status == 404) {
            return unavailable(action, e);
        }
        return new ChangeRejectedException("Elasticsearch refused to " + action + " in '" + alias + "' (HTTP "
                + status + "): " + e.getMessage(), e);
    }

    private IndexUnavailableException unavailable(String action, Exception e) {
        int status = httpStatus(e);
        return new IndexUnavailableException("Elasticsearch unavailable, could not " + action
                + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + e.getMessage(), e);
    }
}
