package fr.mutualis.search.experience.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.experience.domain.ExperienceIndexGenerations;
import fr.mutualis.search.shared.domain.IndexUnavailableException;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchFailures;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The experience index's generations on Elasticsearch. A rebuilt index is named after the bootstrap's index with a
 * timestamp ({@code experiences-000007-r20261201103000123}): it takes its settings and mapping from the same template
 * ({@code experiences-*}), and the bootstrap recognises it as the current mapping at the next start.
 *
 * <p>A rebuilt index is not refreshed periodically until it is made searchable: nobody reads it before the swap, and
 * with fewer, larger segments each versioned write looks its document up in fewer places
 * (docs/benchmarks/indexing.md).
 */
public class ElasticsearchIndexGenerations implements ExperienceIndexGenerations {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(java.time.ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final ElasticsearchExperienceIndex live;
    private final String alias;
    private final String generation;
    private final Clock clock;
    /** The template's refresh interval of each index created and not yet made searchable. */
    private final Map<String, Time> refreshIntervals = new ConcurrentHashMap<>();

    /**
     * @param live       the index the live consumer writes through, which mirrors its writes during a rebuild
     * @param generation the bootstrap's index name, prefix of the rebuilt ones
     */
    public ElasticsearchIndexGenerations(ElasticsearchClient client, ElasticsearchExperienceIndex live, String alias,
                                         String generation, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.live = Objects.requireNonNull(live, "live");
        this.alias = Objects.requireNonNull(alias, "alias");
        this.generation = Objects.requireNonNull(generation, "generation");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<String> live() {
        try {
            return List.copyOf(client.indices().getAlias(get -> get.name(alias)).result().keySet());
        } catch (ElasticsearchException | IOException e) {
            throw unavailable("read the indices behind '" + alias + "'", e);
        }
    }

    @Override
    public String create() {
        String index = generation + "-r" + STAMP.format(clock.instant());
        try {
            client.indices().create(create -> create.index(index));
            Time templates = client.indices().getSettings(get -> get.index(index)).result()
                    .get(index).settings().index().refreshInterval();
            refreshIntervals.put(index, templates == null ? Time.of(time -> time.time("1s")) : templates);
            refreshInterval(index, Time.of(time -> time.time("-1")));
            return index;
        } catch (ElasticsearchException | IOException e) {
            throw unavailable("create the index '" + index + "'", e);
        }
    }

    private void refreshInterval(String index, Time interval) throws IOException {
        client.indices().putSettings(put -> put.index(index).settings(settings -> settings.refreshInterval(interval)));
    }

    @Override
    public ExperienceIndex writerFor(String index) {
        return live.concrete(index);
    }

    @Override
    public void mirrorLiveWritesTo(String index) {
        live.mirrorTo(index);
    }

    @Override
    public void refresh(String index) {
        try {
            Time interval = refreshIntervals.remove(index);
            if (interval != null) {
                refreshInterval(index, interval);
            }
            client.indices().refresh(refresh -> refresh.index(index));
        } catch (ElasticsearchException | IOException e) {
            throw unavailable("refresh '" + index + "'", e);
        }
    }

    @Override
    public void compact(String index) {
        try {
            client.indices().forcemerge(merge -> merge.index(index).maxNumSegments(1L).waitForCompletion(false));
        } catch (ElasticsearchException | IOException e) {
            throw unavailable("start merging the segments of '" + index + "'", e);
        }
    }

    @Override
    public long count(String index) {
        try {
            return client.count(count -> count.index(index)).count();
        } catch (ElasticsearchException | IOException e) {
            throw unavailable("count the documents of '" + index + "'", e);
        }
    }

    @Override
    public void swap(List<String> previous, String next) {
        try {
            client.indices().updateAliases(update -> {
                previous.forEach(old -> update.actions(action -> action.remove(remove -> remove.index(old).alias(alias))));
                return update.actions(action -> action.add(add -> add.index(next).alias(alias).isWriteIndex(true)));
            });
        } catch (ElasticsearchException | IOException e) {
            throw unavailable("move the alias '" + alias + "' to '" + next + "'", e);
        }
    }

    @Override
    public void delete(String index) {
        refreshIntervals.remove(index);
        try {
            client.indices().delete(delete -> delete.index(index).ignoreUnavailable(true));
        } catch (ElasticsearchException | IOException e) {
            if (ElasticsearchFailures.httpStatus(e) == 404) {
                return;
            }
            throw unavailable("delete the index '" + index + "'", e);
        }
    }

    private static IndexUnavailableException unavailable(String action, Exception e) {
        return new IndexUnavailableException("Elasticsearch could not " + action + ": " + e.getMessage(), e);
    }
}
