package fr.mutualis.search.acte.domain;

import fr.mutualis.search.shared.domain.AggregateIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A published acte as the search index holds it: what the publication made public (contract
 * {@code demat.acte.v1}, {@code publication}), tagged with the aggregate version it was taken at.
 *
 * @param id              the acte's id (UUID), also the document id
 * @param identifier      the @CTES identifier, {@code DDD-SIREN-YYYYMMDD-NUMERO-NN}
 * @param siren           the collectivité that adopted it
 * @param collectivite    its description from the referential, or null when unknown
 * @param state           {@code publie} or {@code archive}
 * @param text            the text of its PDF, possibly empty
 * @param acknowledgement the préfecture's accusé de réception
 * @param version         aggregate version; the index never goes back to an older one
 */
public record PublishedActe(String id, String identifier, String siren, Collectivite collectivite, String state,
                            Nature nature, Matiere matiere, String numero, String objet, String text,
                            LocalDate decisionDate, Instant publishedAt, Acknowledgement acknowledgement,
                            List<Document> documents, long version) {

    /** The states in which an acte is public: any other takes it out of the index. */
    public static final Set<String> PUBLIC_STATES = Set.of("publie", "archive");

    public PublishedActe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(matiere, "matiere");
        Objects.requireNonNull(numero, "numero");
        Objects.requireNonNull(objet, "objet");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (!PUBLIC_STATES.contains(state)) {
            throw new IllegalArgumentException("An acte in state '" + state + "' is not public");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive: " + version);
        }
        text = text == null ? "" : text;
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Whether the text can name an acte: acte ids are UUIDs; anything else never reaches the index. */
    public static boolean isActeId(String text) {
        return AggregateIds.isAggregateId(text);
    }

    public PublishedActe withCollectivite(Collectivite described) {
        return new PublishedActe(id, identifier, siren, described, state, nature, matiere, numero, objet, text,
                decisionDate, publishedAt, acknowledgement, documents, version);
    }

    /**
     * @param kind        {@code commune}, {@code epci}, {@code departement}, {@code region} or {@code syndicat}
     * @param departement null when the referential gives none
     */
    public record Collectivite(String name, String kind, Territory departement) {
    }

    public record Territory(String code, String name) {
    }

    /** @param code 1 to 6 (@CTES); abbreviation DE, AR, AI, CC, BF or AU */
    public record Nature(int code, String abbreviation, String label) {
    }

    /** @param code the @CTES classification code, e.g. {@code 5.7} */
    public record Matiere(String code, String label) {

        /** The first level of the classification, e.g. {@code 5} for {@code 5.7.2}: the facet's value. */
        public String level1() {
            return code.substring(0, 1);
        }

        /** The code and every level above it, e.g. {@code 5}, {@code 5.7}, {@code 5.7.2}: a filter on any level. */
        public List<String> path() {
            String[] parts = code.split("\\.");
            java.util.ArrayList<String> path = new java.util.ArrayList<>();
            StringBuilder prefix = new StringBuilder();
            for (String part : parts) {
                prefix.append(prefix.isEmpty() ? "" : ".").append(part);
                path.add(prefix.toString());
            }
            return List.copyOf(path);
        }
    }

    public record Acknowledgement(String identifier, Instant receivedAt) {
    }

    /** @param role {@code acte}, {@code annexe} or {@code acte-tamponne} */
    public record Document(String role, String name, String mediaType, long size, String sha256) {
    }
}
