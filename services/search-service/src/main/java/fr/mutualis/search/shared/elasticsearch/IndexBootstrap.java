package fr.mutualis.search.shared.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.InputStreamEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;

/**
 * Makes sure the index exists before anything reads or writes it. Runs once at startup, before the Kafka listeners
 * start; safe to run again and by several instances at once:
 * <ol>
 *   <li>puts the index template (the file owned by {@code infra/elasticsearch}, copied into the jar), so a change of
 *       the template reaches Elasticsearch with the next deployment (it applies to indices created afterwards);</li>
 *   <li>creates the first concrete index with the alias as its write index, only when the alias does not exist.</li>
 * </ol>
 * Elasticsearch not answering yet is retried until the bootstrap timeout, then startup fails.
 */
public class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final RestClient restClient;
    private final ElasticsearchClient client;
    private final Resource template;
    private final String templateName;
    private final String alias;
    private final String initialIndex;
    private volatile boolean freshIndex;

    public IndexBootstrap(RestClient restClient, ElasticsearchClient client, Resource template,
                                    String templateName, String alias, String initialIndex) {
        this.restClient = Objects.requireNonNull(restClient, "restClient");
        this.client = Objects.requireNonNull(client, "client");
        this.template = Objects.requireNonNull(template, "template");
        this.templateName = Objects.requireNonNull(templateName, "templateName");
        this.alias = Objects.requireNonNull(alias, "alias");
        this.initialIndex = Objects.requireNonNull(initialIndex, "initialIndex");
    }

    /**
     * The index {@code name} (its template's name and its alias) bootstrapped now from {@code template}, behind which
     * {@code initialIndex} is created when the alias does not exist yet.
     */
    public static IndexBootstrap started(RestClient restClient, ElasticsearchClient client, Resource template,
                                         String name, String initialIndex, Duration timeout) {
        IndexBootstrap bootstrap = new IndexBootstrap(restClient, client, template, name, name, initialIndex);
        bootstrap.run(timeout);
        return bootstrap;
    }

    /** Bootstraps, retrying while Elasticsearch cannot be reached. */
    public void run(Duration timeout) {
        if (!template.exists()) {
            throw new IllegalStateException("Index template not found at " + template.getDescription()
                    + ": the build copies it from infra/elasticsearch/index-templates");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 500;
        while (true) {
            try {
                putTemplate();
                ensureAlias();
                return;
            } catch (IOException | ElasticsearchException e) {
                int status = ElasticsearchFailures.httpStatus(e);
                boolean transientFailure = status < 0 || status >= 500 || status == 429;
                if (!transientFailure || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not bootstrap the '" + alias + "' index: " + e.getMessage(), e);
                }
                log.warn("Elasticsearch not ready for the index bootstrap ({}), retrying in {} ms", e.getMessage(), pause);
                sleep(pause);
                pause = Math.min(pause * 2, 5_000);
            }
        }
    }

    private void putTemplate() throws IOException {
        Request request = new Request("PUT", ElasticsearchJson.path("_index_template", templateName));
        try (InputStream body = template.getInputStream()) {
            request.setEntity(new InputStreamEntity(body, template.contentLength(), ContentType.APPLICATION_JSON));
            restClient.performRequest(request);
        }
        log.info("Index template '{}' applied from {}", templateName, template.getDescription());
    }

    /**
     * Whether this start created the concrete index (first start, or a new mapping version): its consumer then
     * replays the topic from the beginning to fill it — safe, indexing is versioned.
     */
    public boolean freshIndex() {
        return freshIndex;
    }

    private void ensureAlias() throws IOException {
        if (aliasExists()) {
            var current = client.indices().getAlias(get -> get.name(alias)).result().keySet();
            // A rebuilt index (ADR 0018) is named after the initial one, "-r" and a timestamp: same mapping.
            if (current.stream().anyMatch(index -> index.equals(initialIndex) || index.startsWith(initialIndex + "-r"))) {
                log.info("Alias '{}' exists on {}, nothing to create", alias, current);
                return;
            }
            // A new mapping: a new index takes the alias; the old one is dropped, the topic fills the new one.
            client.indices().create(create -> create.index(initialIndex));
            client.indices().updateAliases(update -> {
                current.forEach(old -> update.actions(action -> action.remove(remove -> remove.index(old).alias(alias))));
                return update.actions(action -> action.add(add -> add.index(initialIndex).alias(alias).isWriteIndex(true)));
            });
            for (String old : current) {
                client.indices().delete(delete -> delete.index(old));
            }
            freshIndex = true;
            log.info("Alias '{}' moved from {} to the new index '{}'", alias, current, initialIndex);
            return;
        }
        freshIndex = true;
        try {
            client.indices().create(create -> create
                    .index(initialIndex)
                    .aliases(alias, a -> a.isWriteIndex(true)));
            log.info("Created index '{}' behind alias '{}'", initialIndex, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            // Another instance created it in the meantime, or it exists without the alias.
            if (!aliasExists()) {
                client.indices().putAlias(put -> put.index(initialIndex).name(alias).isWriteIndex(true));
                log.info("Added alias '{}' to existing index '{}'", alias, initialIndex);
            }
        }
    }

    private boolean aliasExists() throws IOException {
        return client.indices().existsAlias(exists -> exists.name(alias)).value();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
