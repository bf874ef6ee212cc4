package fr.mutualis.search.acte.elasticsearch;

import fr.mutualis.search.acte.domain.ActeIndex;
import fr.mutualis.search.acte.domain.PublishedActe;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.VersionedDocuments;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actes index on Elasticsearch, through its alias, written at the aggregate version ({@link VersionedDocuments}):
 * repeated, replayed and late events change nothing (ADR 0004); the template's {@code gc_deletes} (7 days) keeps a
 * deleted acte's version.
 */
public class ElasticsearchActeIndex implements ActeIndex {

    private final VersionedDocuments documents;

    public ElasticsearchActeIndex(ElasticsearchJson es, String alias, MeterRegistry meters) {
        this.documents = new VersionedDocuments(es, alias, meters);
    }

    @Override
    public IndexOutcome index(PublishedActe acte) {
        return documents.put(acte.id(), acte.version(), document(acte));
    }

    @Override
    public IndexOutcome remove(String id, long version) {
        return documents.delete(id, version);
    }

    /** The stored document: the fields of the index template {@code actes.json} ({@code dynamic: strict}). */
    static Map<String, Object> document(PublishedActe acte) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", acte.id());
        document.put("identifier", acte.identifier());
        document.put("siren", acte.siren());
        if (acte.collectivite() != null) {
            Map<String, Object> collectivite = new LinkedHashMap<>();
            collectivite.put("name", acte.collectivite().name());
            collectivite.put("kind", acte.collectivite().kind());
            if (acte.collectivite().departement() != null) {
                collectivite.put("departement", Map.of("code", acte.collectivite().departement().code(),
                        "name", acte.collectivite().departement().name()));
            }
            document.put("collectivite", collectivite);
        }
        document.put("nature", Map.of("code", acte.nature().code(), "abbreviation", acte.nature().abbreviation(),
                "label", acte.nature().label()));
        document.put("matiere", Map.of("code", acte.matiere().code(), "label", acte.matiere().label(),
                "level1", acte.matiere().level1(), "path", acte.matiere().path()));
        document.put("numero", acte.numero());
        document.put("objet", acte.objet());
        document.put("text", acte.text());
        document.put("decisionDate", acte.decisionDate().toString());
        document.put("publishedAt", acte.publishedAt().toString());
        document.put("state", acte.state());
        if (acte.acknowledgement() != null) {
            document.put("acknowledgement", Map.of("identifier", acte.acknowledgement().identifier(),
                    "receivedAt", acte.acknowledgement().receivedAt().toString()));
        }
        List<Map<String, Object>> documents = acte.documents().stream().map(file -> Map.<String, Object>of(
                "role", file.role(), "name", file.name(), "mediaType", file.mediaType(), "size", file.size(),
                "sha256", file.sha256())).toList();
        document.put("documents", documents);
        document.put("version", acte.version());
        return document;
    }
}
