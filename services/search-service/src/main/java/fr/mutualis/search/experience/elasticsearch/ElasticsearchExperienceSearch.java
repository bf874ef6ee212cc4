package fr.mutualis.search.experience.elasticsearch;

import fr.mutualis.search.experience.domain.Cursor;
import fr.mutualis.search.experience.domain.ExperienceNotFoundException;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.Facet;
import fr.mutualis.search.experience.domain.Inflections;
import fr.mutualis.search.experience.domain.QueryExpansion;
import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchResult;
import fr.mutualis.search.experience.domain.Spelling;
import fr.mutualis.search.experience.domain.SpellingCorrection;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read side of the experience index: French full-text search with the project's analysers and synonyms, typo
 * tolerance, highlights, "did you mean", facets with multi-select counts, similar records, suggestions as you type and
 * export. Published records only, unless archived ones are asked.
 */
public class ElasticsearchExperienceSearch implements ExperienceSearchEngine {

    /** Searched fields and their weights: the title first, then the summary and the collectivité. */
    static final List<String> TEXT_FIELDS = List.of("title^3", "summary^2", "collectivite.name", "description",
            "results^0.5", "lessonsText^0.5", "indicatorsText^0.5", "assetsText", "partnerNames^0.5");
    /**
     * The same fields, folded but not stemmed, with the same weights: typos are compared with whole words, since the
     * stemmer shortens a correct word and not its misspelling (« dématérialisation » → dematerial).
     */
    static final List<String> FOLDED_FIELDS = TEXT_FIELDS.stream().map(ElasticsearchExperienceSearch::folded).toList();
    /**
     * The fields searched stemmed and through the vocabulary: all but the names (of the collectivité, of the
     * partners), proper nouns that a query finds as written. Stemmed, « Commune de Bécherel » answered every query
     * that says « communes ».
     */
    private static final List<String> STEMMED_FIELDS = TEXT_FIELDS.stream()
            .filter(Predicate.not(ElasticsearchExperienceSearch::isName)).toList();
    /** The folded fields whose words the spelling index reads (copied into {@code spell}): all but the names. */
    private static final List<String> SPELLED_FIELDS = FOLDED_FIELDS.stream()
            .filter(Predicate.not(ElasticsearchExperienceSearch::isName))
            .map(ElasticsearchExperienceSearch::unweighted).toList();
    /**
     * Around the word {@link #asWritten} looks for: characters of Unicode's private use area, which no French text
     * holds (control characters would be trimmed off the fragment's ends).
     */
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    /** The names, folded: where the vocabulary's rewordings find a collectivité or a partner named in full. */
    private static final List<String> FOLDED_NAMES = FOLDED_FIELDS.stream()
            .filter(ElasticsearchExperienceSearch::isName).toList();
    /** No typo in words of up to 4 letters, one up to 8, two beyond. */
    private static final String FUZZINESS = "AUTO:5,9";
    /** The shortest word that {@link #FUZZINESS} lets differ by a letter. */
    private static final int SHORTEST_MISTYPABLE = 5;
    /**
     * In the title and the summary, a word as written also finds its forms one letter apart after its first four
     * letters, the few closest ones: its plural and gender (« numériques », « inclusions »), not another word
     * (« mairie » is not « marie »). Only there: on the seven other fields it cost about as much as it saved
     * (docs/adr/0033-typo-tolerance-only-for-unknown-words.md).
     */
    private static final Map<String, Object> INFLECTIONS = Map.of("fuzziness", "AUTO:5,100", "prefix_length", 4,
            "max_expansions", 5);
    /** The folded title and summary, where {@link #INFLECTIONS} apply; the other folded fields. */
    private static final List<String> INFLECTED_FIELDS = FOLDED_FIELDS.stream()
            .filter(field -> field.startsWith(folded("title")) || field.startsWith(folded("summary"))).toList();
    private static final List<String> UNINFLECTED_FIELDS = FOLDED_FIELDS.stream()
            .filter(field -> !INFLECTED_FIELDS.contains(field)).toList();
    /** What separates the words of a query; an elided article stays on its word (« l'inclusion »). */
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'’]+");
    /** The index template's analyzer of related words ({@code related_fr.txt} in the analysis plugin). */
    static final String RELATED_ANALYZER = "mutualis_related_search";
    /** Tuned with tools/relevance on the tuning part only (docs/benchmarks/relevance.md). */
    static final double RELATED_BOOST = 0.5;
    private static final List<String> HIGHLIGHTED = List.of("title", "summary", "description");
    private static final int FACET_SIZE = 50;
    /** The aggregation counting the records that the chosen facet values keep (the page's total). */
    private static final String SELECTED = "selected";
    /**
     * Up to this many matching records, the total and the facets are exact: counting them took up to about 80 ms on
     * 2 cores. Past it, what counting costs grows with the matches (0.4–0.8 s for the 690,000 records that a long query
     * in everyday words finds among a million), and a sample does it in a fixed time.
     */
    public static final int EXACT_COUNT_LIMIT = 100_000;
    /**
     * About how many visible records a sample holds: of the {@link #EXACT_COUNT_LIMIT} or more records matched, at
     * least 5,000 on a million visible, so that a total is known within about 3 % and a facet value held by fewer than
     * about one match in 5,000 may be missed.
     */
    public static final int SAMPLED_RECORDS = 50_000;
    private static final String SAMPLE = "sample";
    private static final int SAMPLING_SEED = 20_261_203;

    private final ElasticsearchJson es;
    private final String alias;
    private final String profilesIndex;
    private final Executor countingThreads;
    private final int exactCountLimit;
    private final int sampledRecords;

    /**
     * @param profilesIndex   the index holding, per barometer profile, the SIRENs whose latest self-assessment has it
     *                        (document id = profile code, field {@code sirens}): records are filtered and counted by
     *                        profile through terms lookups, so that a new self-assessment changes no record document
     * @param countingThreads where a search's counts are run beside its page ({@link #search})
     */
    public ElasticsearchExperienceSearch(ElasticsearchJson es, String alias, String profilesIndex,
            Executor countingThreads) {
        this(es, alias, profilesIndex, countingThreads, EXACT_COUNT_LIMIT, SAMPLED_RECORDS);
    }

    /**
     * @param exactCountLimit past this many matching records, counts are estimated ({@link #EXACT_COUNT_LIMIT})
     * @param sampledRecords  about how many visible records a sample holds ({@link #SAMPLED_RECORDS})
     */
    public ElasticsearchExperienceSearch(ElasticsearchJson es, String alias, String profilesIndex,
            Executor countingThreads, int exactCountLimit, int sampledRecords) {
        this.es = es;
        this.alias = alias;
        this.profilesIndex = profilesIndex;
        this.countingThreads = countingThreads;
        this.exactCountLimit = exactCountLimit;
        this.sampledRecords = sampledRecords;
    }

    /**
     * Two chains of searches, side by side:
     * <ol>
     *   <li>on this thread, the page of hits, scored, without counting every match; then the page's highlights
     *   ({@link #highlights});</li>
     *   <li>on {@code countingThreads}, how many records match, counted up to {@code exactCountLimit} only (with the chosen
     *   facet values, and without them when there are some) and how many records are visible; then the total with the
     *   facets, in filter context (no score), {@code size} 0 so that the shard request cache keeps it until the index
     *   changes. Past {@code exactCountLimit} records matching the query, the facets are counted on a random sample of
     *   about {@code sampledRecords} of the visible records, and rounded; so is the total when it too is past the
     *   limit, and the result says it is an estimate.</li>
     * </ol>
     * Neither chain waits for the other's first search: a long page no longer holds the counts back, nor long counts the
     * highlights. Measured by {@code ./mutualis load} (docs/benchmarks/search-scale.md,
     * docs/adr/0035-estimated-counts-past-a-hundred-thousand-matches.md,
     * docs/adr/0037-highlights-by-field-and-a-page-beside-its-counts.md).
     */
    @Override
    public SearchResult search(SearchQuery query, Spelling spelling) {
        List<Object> selected = facetFilters(query, null);
        String unknownWords = String.join(" ", spelling.unknownWords());
        CompletableFuture<Counts> counting = CompletableFuture.supplyAsync(
                () -> counts(query, unknownWords, selected), countingThreads);
        String correction = spelling.correction();
        JsonNode page;
        try {
            page = onlySearch(page(query, unknownWords, selected)).path("hits").path("hits");
            if (!query.isListing() && !page.isEmpty()) {
                JsonNode marked = highlightsById(onlySearch(highlights(page, query, correction)));
                page.forEach(hit -> ((ObjectNode) hit).set("highlight", marked.path(hit.path("_id").asString())));
            }
        } catch (RuntimeException failed) {
            counting.cancel(false);
            throw failed;
        }
        Counts counted = joined(counting);
        List<SearchHit> hits = new ArrayList<>();
        page.forEach(hit -> hits.add(hit(hit)));
        boolean lastPage = isLastPage(query, page);
        long total = lastPage ? query.offset() + page.size()
                : counted.estimated() ? roughly(counted.total()) : counted.total();
        boolean estimated = counted.estimated() && !lastPage;
        JsonNode last = page.size() == query.size() ? page.get(query.size() - 1) : null;
        String nextCursor = last == null ? null : cursor(query.sort(), last.path("sort")).encode();
        return new SearchResult(query, total, estimated, hits,
                facets(counted.aggregations(), query, counted.sampled()), correction, null, nextCursor, null);
    }

    @Override
    public Optional<String> correction(SearchQuery query, List<String> unknownWords) {
        if (unknownWords.isEmpty()) {
            return Optional.empty();
        }
        JsonNode answer = onlySearch(Map.of("size", 0, "track_total_hits", false,
                "suggest", Map.of("text", query.text(), "didYouMean", spellingCorrection())));
        return Optional.ofNullable(didYouMean(answer, query));
    }

    /**
     * What the counting chain found: the total of the query with the chosen facet values, whether it is an estimate,
     * and the facets' aggregations (a sample's when {@code sampled}).
     */
    private record Counts(long total, boolean estimated, boolean sampled, JsonNode aggregations) {
    }

    /**
     * How many records match, then the total and the facets: exact up to {@code exactCountLimit} matches of the query,
     * on a sample past it.
     */
    private Counts counts(SearchQuery query, String unknownWords, List<Object> selected) {
        List<Object> first = new ArrayList<>(List.of(matching(query, unknownWords, selected), visibleRecords(query)));
        if (!selected.isEmpty()) {
            first.add(matching(query, unknownWords, List.of()));
        }
        List<JsonNode> answers = es.multiSearch(alias, first);
        JsonNode shown = answers.get(0).path("hits").path("total");
        long visible = answers.get(1).path("hits").path("total").path("value").asLong();
        boolean exactFacets = isExact(selected.isEmpty() ? shown : answers.get(2).path("hits").path("total"));
        double probability = exactFacets ? 1 : samplingProbability(visible);
        JsonNode counts = onlySearch(countsSearch(query, unknownWords, selected, probability));
        boolean sampled = probability < 1;
        JsonNode aggregations = sampled ? counts.path("aggregations").path(SAMPLE) : counts.path("aggregations");
        if (isExact(shown)) {
            return new Counts(shown.path("value").asLong(), false, sampled, aggregations);
        }
        if (!selected.isEmpty()) {
            return new Counts(aggregations.path(SELECTED).path("doc_count").asLong(), sampled, sampled, aggregations);
        }
        return sampled ? new Counts(Math.round(aggregations.path("doc_count").asLong() / probability), true, true,
                aggregations) : new Counts(counts.path("hits").path("total").path("value").asLong(), false, false,
                aggregations);
    }

    /** One search, in the {@code _msearch} form that every search of this class takes. */
    private JsonNode onlySearch(Map<String, Object> body) {
        return es.multiSearch(alias, List.of(body)).get(0);
    }

    /** The counting chain's answer; its failure is the search's, as if it had run on this thread. */
    private static Counts joined(CompletableFuture<Counts> counting) {
        try {
            return counting.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Whether Elasticsearch counted every match ({@code eq}), or stopped at the limit asked ({@code gte}). */
    private static boolean isExact(JsonNode total) {
        return "eq".equals(total.path("relation").asString("eq"));
    }

    /** The share of the visible records to sample for about {@code sampledRecords} of them: below ½, or all. */
    private double samplingProbability(long visible) {
        double probability = (double) sampledRecords / Math.max(1, visible);
        return probability < 0.5 ? probability : 1;
    }

    /** An estimate said with two significant digits (694 623 → 690 000), at least 1 when any was seen. */
    static long roughly(long estimate) {
        if (estimate < 100) {
            return estimate;
        }
        long unit = (long) Math.pow(10, (long) Math.log10(estimate) - 1);
        return Math.round((double) estimate / unit) * unit;
    }

    /**
     * Whether the page ends the results and is reached by its offset: then it is its own exact total. The page and the
     * counts run side by side, and an index refresh may fall between them; without this, a record just indexed could
     * be counted and not shown, or the reverse.
     */
    private static boolean isLastPage(SearchQuery query, JsonNode page) {
        return query.cursor() == null && page.size() < query.size() && (query.offset() == 0 || !page.isEmpty());
    }

    /**
     * The page of hits: scored, matches not counted. For a search by words, which records
     * are visible (published, demo or not) is a {@code post_filter}, with the chosen facet values: a query of text
     * clauses alone lets Elasticsearch skip the records that cannot reach the page (block-max WAND), which a filter
     * clause matching nearly every record prevented. On 1,000,000 records a page took 2 to 4 times less
     * (docs/adr/0034-page-query-of-text-clauses-only.md). Selective restrictions stay in the query, where they lead:
     * the peers', and the archived records' (a few of all).
     */
    private Map<String, Object> page(SearchQuery query, String unknownWords, List<Object> selected) {
        boolean visibilityAfter = !query.isListing() && !query.archived();
        List<Object> postFilters = new ArrayList<>(visibilityAfter ? visibility(query) : List.of());
        postFilters.addAll(selected);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", visibilityAfter ? searched(query, unknownWords, List.of(), true)
                : mainQuery(query, unknownWords));
        body.put("size", query.size());
        body.put("from", query.offset());
        body.put("track_total_hits", false);
        body.put("sort", sort(query));
        if (query.cursor() != null) {
            body.put("search_after", List.of(query.cursor().after(), query.cursor().id()));
        }
        if (!postFilters.isEmpty()) {
            body.put("post_filter", Map.of("bool", Map.of("filter", postFilters)));
        }
        return body;
    }

    /**
     * How many records the query finds among the visible ones, with the {@code selected} facet values, counted up to
     * {@code exactCountLimit}: cheap even when the query finds nearly every record.
     */
    private Map<String, Object> matching(SearchQuery query, String unknownWords, List<Object> selected) {
        List<Object> filters = new ArrayList<>(List.of(searched(query, unknownWords, visibility(query), false)));
        filters.addAll(selected);
        return Map.of("size", 0, "track_total_hits", exactCountLimit,
                "query", Map.of("bool", Map.of("filter", filters)));
    }

    /** How many records a search may show at all, whatever its words: what a sample is taken from. */
    private static Map<String, Object> visibleRecords(SearchQuery query) {
        return Map.of("size", 0, "track_total_hits", true, "query", Map.of("bool", Map.of("filter", visibility(query))));
    }

    /**
     * The total and the facets, in filter context: cacheable, and counted without scores. With a {@code probability}
     * below 1, under a {@code random_sampler} that counts that share of the records and scales the counts.
     */
    private Map<String, Object> countsSearch(SearchQuery query, String unknownWords, List<Object> selected,
            double probability) {
        Map<String, Object> aggregations = facetAggregations(query);
        if (!selected.isEmpty()) {
            aggregations.put(SELECTED, Map.of("filter", Map.of("bool", Map.of("filter", selected))));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Map.of("bool", Map.of("filter",
                List.of(searched(query, unknownWords, visibility(query), false)))));
        body.put("size", 0);
        if (probability < 1) {
            // A fixed seed: the same query is sampled the same way, so its counts do not change from page to page.
            body.put("track_total_hits", false);
            body.put("aggs", Map.of(SAMPLE, Map.of("random_sampler", Map.of("probability", probability,
                    "seed", SAMPLING_SEED), "aggs", aggregations)));
        } else {
            body.put("track_total_hits", true);
            body.put("aggs", aggregations);
        }
        return body;
    }

    @Override
    public List<SearchHit> similar(String id, int size) {
        JsonNode document = es.document(alias, id);
        if (document == null || !document.path("found").asBoolean()
                || !"published".equals(document.path("_source").path("status").asString())) {
            throw new ExperienceNotFoundException(id);
        }
        List<Object> axes = new ArrayList<>();
        document.path("_source").path("axes").forEach(axis -> axes.add(axis.asString()));
        Map<String, Object> moreLikeThis = Map.of("more_like_this", Map.of(
                "fields", List.of("title", "summary", "description", "lessonsText", "results"),
                "like", List.of(Map.of("_index", document.path("_index").asString(), "_id", id)),
                "min_term_freq", 1, "min_doc_freq", 1, "max_query_terms", 40, "minimum_should_match", "10%"));
        Map<String, Object> query = Map.of("bool", Map.of(
                "must", List.of(moreLikeThis),
                "should", List.of(Map.of("terms", Map.of("axes", axes, "boost", 2.0))),
                "filter", List.of(Map.of("term", Map.of("status", "published"))),
                "must_not", List.of(Map.of("ids", Map.of("values", List.of(id))))));
        JsonNode answer = es.search(alias, Map.of("query", query, "size", size));
        List<SearchHit> hits = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hit -> hits.add(hit(hit)));
        return hits;
    }

    @Override
    public List<Suggestion> suggestions(String prefix, int size) {
        Map<String, Object> titles = Map.of("match_bool_prefix", Map.of("title.suggest", prefix));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", size);
        body.put("_source", List.of("id", "title"));
        body.put("query", Map.of("bool", Map.of("must", List.of(titles), "filter", published(false))));
        body.put("aggs", Map.of("collectivites", Map.of(
                "filter", Map.of("match_bool_prefix", Map.of("collectivite.name.suggest", prefix)),
                "aggs", Map.of("names", Map.of("terms", Map.of("field", "collectivite.name.keyword", "size", 3))))));
        JsonNode answer = es.search(alias, body);
        List<Suggestion> suggestions = new ArrayList<>();
        answer.path("aggregations").path("collectivites").path("names").path("buckets").forEach(bucket ->
                suggestions.add(new Suggestion(bucket.path("key").asString(), "collectivite", null)));
        answer.path("hits").path("hits").forEach(hit -> suggestions.add(new Suggestion(
                hit.path("_source").path("title").asString(), "titre", hit.path("_id").asString())));
        return suggestions;
    }

    @Override
    public long export(SearchQuery query, List<String> unknownWords, int max, Consumer<SearchHit> hits) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Map.of("bool", Map.of("must", List.of(mainQuery(query, String.join(" ", unknownWords))),
                "filter", facetFilters(query, null))));
        body.put("size", Math.min(max, 500));
        body.put("track_total_hits", true);
        body.put("sort", sort(query));
        long total = -1;
        int given = 0;
        while (given < max) {
            JsonNode answer = es.search(alias, body);
            total = answer.path("hits").path("total").path("value").asLong();
            if (total > max) {
                return total;
            }
            JsonNode page = answer.path("hits").path("hits");
            for (JsonNode hit : page) {
                given++;
                hits.accept(hit(hit));
            }
            if (page.size() < (int) body.get("size")) {
                break;
            }
            JsonNode last = page.get(page.size() - 1).path("sort");
            body.put("search_after", List.of(last.get(0), last.get(1)));
        }
        return total;
    }

    /**
     * The words of the query, long enough to be mistyped ({@value #SHORTEST_MISTYPABLE} letters), that no record uses
     * in any searched field, in any of its forms ({@link #inAnyForm}): only those get typo tolerance, and only a query
     * with one asks for a spelling suggestion. A correctly spelled word gains little from typo tolerance (its plural and
     * inflections are the stemmer's) and it cost the most of a search: on 1,000,000 records the typo-tolerant clause
     * over every word took about half of the page's time and of the counts' (docs/benchmarks/search-scale.md). One
     * {@code _msearch} of a search per word that stops at the first record ({@code terminate_after}), kept by the shard
     * request cache.
     */
    @Override
    public List<String> unknownWords(SearchQuery query) {
        if (query.isListing()) {
            return List.of();
        }
        List<String> words = WORD_SEPARATORS.splitAsStream(query.expansion().unprotectedText())
                .filter(word -> word.length() >= SHORTEST_MISTYPABLE).distinct().toList();
        if (words.isEmpty()) {
            return List.of();
        }
        List<Object> lookups = words.stream().<Object>map(word -> Map.of("size", 0, "terminate_after", 1,
                "track_total_hits", true, "query", inAnyForm(word))).toList();
        List<JsonNode> answers = es.multiSearch(alias, lookups);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (answers.get(i).path("hits").path("total").path("value").asLong() == 0) {
                unknown.add(words.get(i));
            }
        }
        return unknown;
    }

    /**
     * The records that use {@code word}, or the same word in another number or gender ({@link Inflections}): « sourdes »
     * is spelled right when the records say « sourds ». A stop word (« leurs », « cette », « n'ont ») leaves no term on
     * the folded fields: it matches every record ({@code zero_terms_query}), for it too is spelled right.
     */
    private static Map<String, Object> inAnyForm(String word) {
        List<Object> forms = new ArrayList<>(List.of(Map.of("multi_match", Map.of("query", word,
                "type", "cross_fields", "operator", "and", "zero_terms_query", "all", "fields", FOLDED_FIELDS))));
        List<String> others = Inflections.otherThan(word);
        if (!others.isEmpty()) {
            forms.add(Map.of("multi_match", Map.of("query", String.join(" ", others), "type", "cross_fields",
                    "operator", "or", "fields", FOLDED_FIELDS)));
        }
        return Map.of("bool", Map.of("should", forms));
    }

    /** The records searched: visible, among the peers when asked, scored on the query's words when there are any. */
    private Map<String, Object> mainQuery(SearchQuery query, String unknownWords) {
        return searched(query, unknownWords, visibility(query), true);
    }

    /**
     * {@link #mainQuery} with {@code filters} instead of the visibility filters.
     *
     * @param ranked whether the records are ordered by the query, or only counted: then the bonus of words in sequence
     *               is left out, since a record that has them has the words too, and it was the costliest clause to match
     */
    private Map<String, Object> searched(SearchQuery query, String unknownWords, List<Object> filters,
            boolean ranked) {
        List<Object> required = new ArrayList<>(filters);
        Map<String, Object> bool = new LinkedHashMap<>();
        if (query.peers() != null) {
            SearchQuery.Peers peers = query.peers();
            required.add(Map.of("term", Map.of("collectivite.kind", peers.kind())));
            required.add(Map.of("term", Map.of("collectivite.populationBand.code", peers.populationBand())));
            if (peers.region() != null) {
                required.add(Map.of("term", Map.of("collectivite.region.code", peers.region())));
            }
            bool.put("must_not", List.of(Map.of("term", Map.of("siren", peers.siren()))));
        }
        if (!required.isEmpty()) {
            bool.put("filter", required);
        }
        if (!query.isListing()) {
            // Tuned with tools/relevance (docs/benchmarks/relevance.md): exact terms (stems and synonyms), the words
            // with typo tolerance (folded, unstemmed), and a bonus for the words in sequence in the title or summary.
            // Any one clause suffices. A multi-word synonym (« inclusion numérique ») must not turn the query into a
            // phrase: each side of the synonym needs all its words, in any order.
            bool.put("should", textClauses(query, unknownWords, ranked));
            if (bool.containsKey("filter") || bool.containsKey("must_not")) {
                bool.put("minimum_should_match", 1);
            }
        }
        return Map.of("bool", bool);
    }

    /** Which records a search may show: published, or archived when asked; demo ones or not, when asked. */
    private static List<Object> visibility(SearchQuery query) {
        List<Object> filters = new ArrayList<>(published(query.archived()));
        if (query.demo() != null) {
            filters.add(Map.of("term", Map.of("demo", query.demo())));
        }
        return filters;
    }

    private static boolean isName(String field) {
        return field.startsWith("collectivite.name") || field.startsWith("partnerNames");
    }

    /** {@code "title^3"} → {@code "title.folded^3"}: the folded sub-field of the index template, same weight. */
    private static String folded(String weightedField) {
        String field = unweighted(weightedField);
        return field + ".folded" + weightedField.substring(field.length());
    }

    /** {@code "title^3"} → {@code "title"}. */
    private static String unweighted(String weightedField) {
        int weight = weightedField.indexOf('^');
        return weight < 0 ? weightedField : weightedField.substring(0, weight);
    }

    private static List<Object> published(boolean archived) {
        return List.of(Map.of("term", Map.of("status", archived ? "archived" : "published")));
    }

    private static List<Object> sort(SearchQuery query) {
        Object first = query.sort() == SearchQuery.Sort.DATE
                ? Map.of("createdAt", Map.of("order", "desc"))
                : Map.of("_score", Map.of("order", "desc"));
        return List.of(first, Map.of("id", Map.of("order", "asc")));
    }

    /** Where a page in that order ended, from its last hit's sort values ({@link #sort}: first value, then id). */
    private static Cursor cursor(SearchQuery.Sort order, JsonNode values) {
        if (order == SearchQuery.Sort.DATE) {
            return new Cursor(order, values.get(0).asLong(), values.get(1).asString());
        }
        return new Cursor(order, values.get(0).asDouble(), values.get(1).asString());
    }

    /** The filters of the facets asked, except {@code except}'s own: a facet is counted as if it were not chosen. */
    private List<Object> facetFilters(SearchQuery query, Facet except) {
        List<Object> filters = new ArrayList<>();
        query.filters().forEach((facet, values) -> {
            if (facet == except) {
                return;
            }
            if (facet == Facet.PROFILE) {
                filters.add(Map.of("bool", Map.of("should", values.stream().map(this::hasProfile).toList(),
                        "minimum_should_match", 1)));
            } else {
                filters.add(Map.of("terms", Map.of(facet.field(), List.copyOf(values))));
            }
        });
        return filters;
    }

    private Map<String, Object> hasProfile(String profile) {
        return Map.of("terms", Map.of("siren", Map.of("index", profilesIndex, "id", profile, "path", "sirens")));
    }

    private Map<String, Object> facetAggregations(SearchQuery query) {
        Map<String, Object> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<Object> others = facetFilters(query, facet);
            Map<String, Object> scope = others.isEmpty() ? Map.of("match_all", Map.of())
                    : Map.of("bool", Map.of("filter", others));
            if (facet == Facet.PROFILE) {
                Map<String, Object> profiles = new LinkedHashMap<>();
                fr.mutualis.search.experience.domain.Labels.PROFILES.keySet()
                        .forEach(profile -> profiles.put(profile, hasProfile(profile)));
                aggregations.put(facet.parameter(), Map.of("filter", scope,
                        "aggs", Map.of("values", Map.of("filters", Map.of("filters", profiles)))));
                continue;
            }
            Map<String, Object> terms = new LinkedHashMap<>();
            terms.put("field", facet.field());
            terms.put("size", FACET_SIZE);
            if (facet == Facet.YEAR) {
                terms.put("order", Map.of("_key", "desc"));
            }
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("terms", terms);
            facet.labelField().ifPresent(field -> inner.put("aggs",
                    Map.of("label", Map.of("terms", Map.of("field", field, "size", 1)))));
            aggregations.put(facet.parameter(), Map.of("filter", scope, "aggs", Map.of("values", inner)));
        }
        return aggregations;
    }

    /** @param estimated the counts are a sample's, scaled: said with two significant digits ({@link #roughly}) */
    private static List<SearchResult.FacetCounts> facets(JsonNode aggregations, SearchQuery query,
            boolean estimated) {
        LongUnaryOperator said = estimated ? ElasticsearchExperienceSearch::roughly : count -> count;
        Map<Facet, SearchResult.FacetCounts> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> selected = query.filters().getOrDefault(facet, Set.of());
            List<SearchResult.FacetCounts.Value> values = new ArrayList<>();
            JsonNode buckets = aggregations.path(facet.parameter()).path("values").path("buckets");
            if (facet == Facet.PROFILE) {
                buckets.properties().forEach(bucket -> {
                    long count = said.applyAsLong(bucket.getValue().path("doc_count").asLong());
                    if (count > 0) {
                        values.add(new SearchResult.FacetCounts.Value(bucket.getKey(), facet.label(bucket.getKey()),
                                count, selected.contains(bucket.getKey())));
                    }
                });
                values.sort((a, b) -> Long.compare(b.count(), a.count()));
                facets.put(facet, new SearchResult.FacetCounts(facet, values));
                continue;
            }
            buckets.forEach(bucket -> {
                String code = bucket.path("key").asString();
                JsonNode label = bucket.path("label").path("buckets");
                values.add(new SearchResult.FacetCounts.Value(code,
                        label.isEmpty() ? facet.label(code) : label.get(0).path("key").asString(),
                        said.applyAsLong(bucket.path("doc_count").asLong()), selected.contains(code)));
            });
            facets.put(facet, new SearchResult.FacetCounts(facet, values));
        }
        return List.copyOf(facets.values());
    }

    /**
     * The exact terms, the words as written (the folded fields; with their inflections in the title and summary), the
     * {@code unknownWords} with typo tolerance ({@value #FUZZINESS} on the folded fields), the phrase bonus when
     * {@code ranked}, and the related words ({@value #RELATED_ANALYZER}: « rançongiciel » for « cybersécurité ») at a
     * low weight, so that records using the query's own words stay first. The syndicate's vocabulary ({@link QueryExpansion}) adds each
     * rewording of the text as exact terms, and takes its protected words out of the stemmed clauses (the phrase's
     * too): they are matched on the folded fields, as written.
     */
    private static List<Object> textClauses(SearchQuery query, String unknownWords, boolean ranked) {
        QueryExpansion expansion = query.expansion();
        List<Object> clauses = new ArrayList<>();
        String stemmed = expansion.unprotectedText();
        if (!stemmed.isBlank()) {
            Map<String, Object> related = new LinkedHashMap<>(exactTerms(stemmed));
            related.put("analyzer", RELATED_ANALYZER);
            related.put("boost", RELATED_BOOST);
            Map<String, Object> inflected = asWritten(stemmed, INFLECTED_FIELDS);
            inflected.putAll(INFLECTIONS);
            Map<String, Object> written = asWritten(stemmed, UNINFLECTED_FIELDS);
            clauses.addAll(List.of(Map.of("multi_match", exactTerms(stemmed)), Map.of("multi_match", inflected),
                    Map.of("multi_match", written)));
            if (ranked) {
                clauses.add(Map.of("multi_match", Map.of("query", stemmed, "type", "phrase",
                        "fields", List.of("title^3", "summary"), "slop", 3, "boost", 2)));
            }
            clauses.add(Map.of("multi_match", related));
        }
        if (!unknownWords.isEmpty()) {
            Map<String, Object> mistyped = asWritten(unknownWords, FOLDED_FIELDS);
            mistyped.put("fuzziness", FUZZINESS);
            mistyped.put("prefix_length", 1);
            clauses.add(Map.of("multi_match", mistyped));
        }
        expansion.alternatives().forEach(alternative -> clauses.addAll(List.of(
                Map.of("multi_match", exactTerms(alternative)),
                Map.of("multi_match", asWritten(alternative, FOLDED_NAMES)))));
        if (!expansion.protectedWords().isEmpty()) {
            clauses.add(Map.of("multi_match", asWritten(String.join(" ", expansion.protectedWords()), FOLDED_FIELDS)));
        }
        return clauses;
    }

    private static Map<String, Object> exactTerms(String text) {
        return Map.of("query", text, "type", "best_fields", "fields", STEMMED_FIELDS, "tie_breaker", 0.6,
                "operator", "or", "auto_generate_synonyms_phrase_query", false);
    }

    /**
     * The words of {@code text} as written, on some of the {@link #FOLDED_FIELDS}: folded (no accents, no case),
     * neither stemmed nor rewritten.
     */
    private static Map<String, Object> asWritten(String text, List<String> foldedFields) {
        Map<String, Object> clause = new LinkedHashMap<>(exactTerms(text));
        clause.put("fields", foldedFields);
        return clause;
    }

    /**
     * The search for the marks of the matched words, on the page's records only: the query's words as the search found them
     * (stems, synonyms, folded forms, the vocabulary's rewordings, related words), and the did-you-mean correction's,
     * so that a word typed with a typo is marked too. No typo-tolerant clause: the highlighter builds its automata
     * again for every hit and field, which cost about 0.5 s a page on 200,000 records (docs/benchmarks/search-scale.md).
     * Each field has its own query, on that field alone: the highlighter prepares the whole query again for every hit
     * and field, so a query over the three fields cost three times what it marks (53 → 12 ms for a page of 20 on
     * 1,000,000 records, same marks; docs/adr/0037-highlights-by-field-and-a-page-beside-its-counts.md).
     */
    private Map<String, Object> highlights(JsonNode page, SearchQuery query, String correction) {
        List<String> ids = new ArrayList<>();
        page.forEach(hit -> ids.add(hit.path("_id").asString()));
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : HIGHLIGHTED) {
            List<Object> marked = new ArrayList<>(markedWords(field, query.expansion().unprotectedText(),
                    query.expansion()));
            if (correction != null) {
                marked.addAll(markedWords(field, correction, QueryExpansion.none(correction)));
            }
            Map<String, Object> options = new LinkedHashMap<>();
            if (field.equals("title")) {
                options.put("number_of_fragments", 0);
            } else {
                options.put("fragment_size", 180);
                options.put("number_of_fragments", 2);
            }
            // A word matched as written (a protected word, a word without its accents) is on the folded sub-field.
            options.put("matched_fields", List.of(field, folded(field)));
            options.put("highlight_query", Map.of("bool", Map.of("should", marked)));
            fields.put(field, options);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Map.of("ids", Map.of("values", ids)));
        body.put("size", ids.size());
        body.put("_source", false);
        body.put("highlight", Map.of("pre_tags", List.of("<mark>"), "post_tags", List.of("</mark>"), "encoder", "html",
                "fields", fields));
        return body;
    }

    /** The {@code highlight} object of each record of an answer to {@link #highlights}, by id. */
    private JsonNode highlightsById(JsonNode answer) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        answer.path("hits").path("hits").forEach(hit -> byId.put(hit.path("_id").asString(), hit.path("highlight")));
        return es.mapper().valueToTree(byId);
    }

    /** The exact clauses of {@code text} on the highlighted {@code field}, its rewordings and its protected words. */
    private static List<Object> markedWords(String field, String text, QueryExpansion expansion) {
        String foldedField = folded(field);
        List<Object> clauses = new ArrayList<>();
        if (!text.isBlank()) {
            clauses.add(Map.of("match", Map.of(field, Map.of("query", text))));
            clauses.add(Map.of("match", Map.of(foldedField, Map.of("query", text))));
            clauses.add(Map.of("match", Map.of(field, Map.of("query", text, "analyzer", RELATED_ANALYZER))));
        }
        expansion.alternatives().forEach(alternative ->
                clauses.add(Map.of("match", Map.of(field, Map.of("query", alternative)))));
        if (!expansion.protectedWords().isEmpty()) {
            clauses.add(Map.of("match", Map.of(foldedField, Map.of("query",
                    String.join(" ", expansion.protectedWords())))));
        }
        return clauses;
    }

    /**
     * The phrase suggester, set to stay silent on a correctly spelled query: only words that no public record uses get
     * candidates ({@code missing}), only words of six letters or more (shorter ones are acronyms and abbreviations
     * more often than typos), one edit away (a letter swapped with its neighbour, left out, added or replaced), keeping
     * the first letter; the phrase is scored on the records' word pairs and triples ({@code spell.shingles}).
     * Measured by {@code ./mutualis relevance} (docs/benchmarks/relevance.md).
     */
    private static Map<String, Object> spellingCorrection() {
        return Map.of("phrase", Map.of(
                "field", "spell.shingles", "gram_size", 3, "size", 1, "max_errors", 2, "confidence", 1.0,
                "direct_generator", List.of(Map.of("field", "spell", "suggest_mode", "missing", "min_word_length", 6,
                        "prefix_length", 1, "max_edits", 1, "size", 10))));
    }

    private String didYouMean(JsonNode answer, SearchQuery query) {
        JsonNode options = answer.path("suggest").path("didYouMean").path(0).path("options");
        return options.isEmpty() ? null
                : SpellingCorrection.of(query.text(), options.get(0).path("text").asString(), this::asWritten)
                .orElse(null);
    }

    /**
     * How a published record writes a word that the spelling index gives folded (« electronique » → « Électronique »):
     * its first mark in the fields the spelling index reads, highlighted between two characters that no text holds.
     * Asked only for a corrected word, so rarely; null when no published record has it.
     */
    private String asWritten(String folded) {
        Map<String, Object> fields = new LinkedHashMap<>();
        SPELLED_FIELDS.forEach(field -> fields.put(field, Map.of("number_of_fragments", 1, "fragment_size", 1)));
        JsonNode highlight = onlySearch(Map.of("size", 1, "_source", false, "track_total_hits", false,
                "query", Map.of("bool", Map.of("must", List.of(Map.of("multi_match", Map.of("query", folded,
                                "fields", SPELLED_FIELDS))), "filter", published(false))),
                "highlight", Map.of("pre_tags", List.of(MARK_START), "post_tags", List.of(MARK_END),
                        "require_field_match", true, "fields", fields)))
                .path("hits").path("hits").path(0).path("highlight");
        for (String field : SPELLED_FIELDS) {
            String fragment = highlight.path(field).path(0).asString("");
            int start = fragment.indexOf(MARK_START);
            int end = fragment.indexOf(MARK_END, start + 1);
            if (start >= 0 && end > start) {
                return fragment.substring(start + MARK_START.length(), end);
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private SearchHit hit(JsonNode hit) {
        Map<String, Object> source = es.mapper().convertValue(hit.path("_source"), Map.class);
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        hit.path("highlight").properties().forEach(field -> {
            List<String> fragments = new ArrayList<>();
            field.getValue().forEach(fragment -> fragments.add(fragment.asString()));
            highlights.put(field.getKey(), fragments);
        });
        JsonNode score = hit.path("_score");
        List<String> axes = new ArrayList<>();
        hit.path("_source").path("axes").forEach(axis -> axes.add(axis.asString()));
        return new SearchHit(hit.path("_id").asString(), hit.path("_source").path("title").asString(""),
                hit.path("_source").path("summary").asString(""), hit.path("_source").path("siren").asString(""),
                axes, score.isNumber() ? score.asDouble() : null, highlights, source);
    }
}
