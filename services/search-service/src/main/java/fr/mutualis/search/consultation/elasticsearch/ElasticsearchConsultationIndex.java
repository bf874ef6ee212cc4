package fr.mutualis.search.consultation.elasticsearch;

import fr.mutualis.procurement.cpv.CpvNomenclature;
import fr.mutualis.search.consultation.domain.ConsultationIndex;
import fr.mutualis.search.consultation.domain.PublishedConsultation;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.VersionedDocuments;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The consultations index on Elasticsearch, through its alias, written at the aggregate version
 * ({@link VersionedDocuments}): repeated, replayed and late events change nothing (ADR 0004).
 */
public class ElasticsearchConsultationIndex implements ConsultationIndex {

    private final VersionedDocuments documents;

    public ElasticsearchConsultationIndex(ElasticsearchJson es, String alias, MeterRegistry meters) {
        this.documents = new VersionedDocuments(es, alias, meters);
    }

    @Override
    public IndexOutcome index(PublishedConsultation consultation) {
        return documents.put(consultation.id(), consultation.version(), document(consultation));
    }

    /**
     * The stored document: the fields of the index template {@code consultations.json} ({@code dynamic: strict}),
     * the snapshot's names kept, plus what the search sorts and filters on: {@code open}, {@code openUntil} (the
     * deadline of an open one only), {@code cpvDivision} and {@code cpvPath}.
     */
    static Map<String, Object> document(PublishedConsultation c) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", c.id());
        document.put("reference", c.reference());
        document.put("buyer", Map.of("siren", c.buyer().siren(), "name", c.buyer().name()));
        document.put("objet", c.objet());
        document.put("cpv", c.cpv());
        document.put("cpvDivision", c.cpvDivision());
        // The facet's label, the CPV 2008's official one for the division.
        CpvNomenclature.standard().find(c.cpvDivision() + "000000")
                .ifPresent(division -> document.put("cpvDivisionLabel", division.label()));
        document.put("cpvPath", c.cpvPath());
        document.put("procedure", c.procedure());
        document.put("nature", c.nature());
        document.put("category", c.category());
        document.put("lots", c.lots().stream().map(lot -> present(
                "numero", lot.numero(), "title", lot.title(), "estimatedAmount", lot.estimatedAmount())).toList());
        document.put("estimatedAmount", c.estimatedAmount());
        document.put("placeOfExecution", Map.of("code", c.placeOfExecution().code(),
                "typeCode", c.placeOfExecution().typeCode()));
        // As published, with its offset (the portal shows the buyer's local time) and its seconds (RFC 3339).
        String deadline = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.deadline());
        document.put("deadline", deadline);
        document.put("state", c.state());
        document.put("open", c.isOpen());
        if (c.isOpen()) {
            document.put("openUntil", deadline);
        }
        putIfPresent(document, "publishedAt", c.publishedAt());
        document.put("updatedAt", c.updatedAt().toString());
        document.put("dce", c.dce().stream().map(file -> present("sha256", file.sha256(), "name", file.name(),
                "mediaType", file.mediaType(), "size", file.size(), "addedAt", file.addedAt())).toList());
        document.put("questions", c.questions().stream().map(question -> present("id", question.id(),
                "question", question.question(), "askedAt", question.askedAt(), "answer", question.answer(),
                "answeredAt", question.answeredAt())).toList());
        putIfPresent(document, "outcomeReason", c.outcomeReason());
        document.put("awards", c.awards().stream().map(award -> present("contractId", award.contractId(),
                "lot", award.lot())).toList());
        document.put("version", c.version());
        return document;
    }

    /** The pairs whose value is present, as the contract leaves absent values out (never null). */
    private static Map<String, Object> present(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            putIfPresent(map, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value instanceof Temporal ? value.toString() : value);
        }
    }
}
