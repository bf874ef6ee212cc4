package fr.mutualis.search.acte.elasticsearch;

import fr.mutualis.search.acte.domain.ActeIndex;
import fr.mutualis.search.acte.domain.PublishedActe;
import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The actes index on Elasticsearch, through its alias. Writes carry the aggregate version as external version:
 * Elasticsearch refuses (409) a version not greater than the stored one, document or deletion, so repeated, replayed
 * and late events change nothing (ADR 0004); the template's {@code gc_deletes} (7 days) keeps a deleted acte's version.
 * Indexing requires the alias, so that a write never auto-creates an unmapped index.
 */
public class ElasticsearchActeIndex implements ActeIndex {

    private final ElasticsearchJson es;
    private final String alias;

    public ElasticsearchActeIndex(ElasticsearchJson es, String alias) {
        this.es = Objects.requireNonNull(es, "es");
        this.alias = Objects.requireNonNull(alias, "alias");
    }

    @Override
    public IndexOutcome index(PublishedActe acte) {
        try {
            es.put(alias, acte.id(), Map.of("version_type", "external", "version", String.valueOf(acte.version()),
                    "require_alias", "true"), document(acte));
            return IndexOutcome.APPLIED;
        } catch (ElasticsearchJson.Refused refused) {
            return outcomeOf(refused, "index acte " + acte.id() + " v" + acte.version());
        }
    }

    @Override
    public IndexOutcome remove(String id, long version) {
        try {
            // An absent acte answers 404, taken as done: Elasticsearch still keeps the version of the deletion.
            es.call("DELETE", ElasticsearchJson.path(alias, "_doc", id), Map.of("version_type", "external",
                    "version", String.valueOf(version)), null, true);
            return IndexOutcome.APPLIED;
        } catch (ElasticsearchJson.Refused refused) {
            return outcomeOf(refused, "remove acte " + id + " v" + version);
        }
    }

    private IndexOutcome outcomeOf(ElasticsearchJson.Refused refused, String action) {
        if (refused.status() == 409) {
            return IndexOutcome.STALE;
        }
        throw new ChangeRejectedException("Elasticsearch refused to " + action + " in '" + alias + "' (HTTP "
                + refused.status() + ", " + refused.errorType() + ")", refused);
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
