package fr.mutualis.search.vocabulary.elasticsearch;

import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.VersionedDocuments;
import fr.mutualis.search.vocabulary.domain.DomainVocabulary;
import fr.mutualis.search.vocabulary.domain.VocabularyStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The latest vocabulary as one document ({@value #DOCUMENT_ID}) behind an alias ({@code vocabulary}), at the revision
 * as external version: a repeated or older revision is refused by Elasticsearch itself (ADR 0004).
 */
public class ElasticsearchVocabularyStore implements VocabularyStore {

    /** The index template's name: every index {@code vocabulary-*} has its mapping. */
    public static final String TEMPLATE_NAME = "vocabulary";
    static final String DOCUMENT_ID = "domaine";

    private final ElasticsearchJson es;
    private final String alias;
    private final VersionedDocuments documents;

    public ElasticsearchVocabularyStore(ElasticsearchJson es, String alias, MeterRegistry meters) {
        this.es = es;
        this.alias = alias;
        this.documents = new VersionedDocuments(es, alias, meters);
    }

    @Override
    public IndexOutcome save(DomainVocabulary vocabulary) {
        List<Map<String, Object>> entries = vocabulary.entries().stream()
                .map(entry -> Map.<String, Object>of("kind", entry.kind(), "terms", entry.terms())).toList();
        return documents.put(DOCUMENT_ID, vocabulary.revision(),
                Map.of("revision", vocabulary.revision(), "entries", entries));
    }

    @Override
    public Optional<DomainVocabulary> load() {
        // A get by id is real-time: a revision just saved is read back without waiting for a refresh.
        JsonNode document = es.document(alias, DOCUMENT_ID);
        if (document == null || !document.path("found").asBoolean()) {
            return Optional.empty();
        }
        JsonNode source = document.path("_source");
        List<DomainVocabulary.Entry> entries = new ArrayList<>();
        source.path("entries").forEach(entry -> {
            List<String> terms = new ArrayList<>();
            entry.path("terms").forEach(term -> terms.add(term.asString()));
            entries.add(new DomainVocabulary.Entry(entry.path("kind").asString(), terms));
        });
        return Optional.of(new DomainVocabulary(source.path("revision").asLong(), entries));
    }
}
