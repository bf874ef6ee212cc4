package fr.mutualis.search.consultation.domain;

import fr.mutualis.search.shared.domain.AggregateIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A published consultation as the search index holds it: the marchés service's public snapshot (contract
 * {@code marches.consultation.v1}, whose names the nested records keep), tagged with the aggregate version it was
 * taken at. Every state is public: a draft never produces an event.
 *
 * @param id            the consultation's id (UUID), also the document id
 * @param reference     the buyer's number of the consultation
 * @param cpv           main CPV 2008 code with its check digit, e.g. {@code 72267000-4}
 * @param procedure     the DECP's label, e.g. {@code Procédure adaptée}
 * @param category      {@code travaux}, {@code fournitures} or {@code services}
 * @param deadline      deadline of the bids, with the offset the buyer published it in (Europe/Paris)
 * @param state         one of {@link #STATES}
 * @param publishedAt   null when the snapshot does not say
 * @param outcomeReason why it is infructueuse or sans suite, else null
 * @param version       aggregate version; the index never goes back to an older one
 */
public record PublishedConsultation(String id, String reference, Buyer buyer, String objet, String cpv,
                                    String procedure, String nature, String category, List<Lot> lots,
                                    BigDecimal estimatedAmount, Place placeOfExecution, OffsetDateTime deadline,
                                    String state, Instant publishedAt, Instant updatedAt, List<DceFile> dce,
                                    List<Question> questions, String outcomeReason, List<Award> awards,
                                    long version) {

    /** The states of the contract, in the order of the consultation's life. */
    public static final List<String> STATES =
            List.of("publiee", "cloturee", "ouverte", "attribuee", "infructueuse", "sans-suite");
    /** The only state in which companies may still deposit a bid. */
    public static final String OPEN = "publiee";

    public PublishedConsultation {
        if (!AggregateIds.isAggregateId(id)) {
            throw new IllegalArgumentException("Not a consultation id: '" + id + "'");
        }
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(objet, "objet");
        Cpv.path(Objects.requireNonNull(cpv, "cpv"));
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(estimatedAmount, "estimatedAmount");
        Objects.requireNonNull(placeOfExecution, "placeOfExecution");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("Unknown consultation state '" + state + "'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive: " + version);
        }
        lots = lots == null ? List.of() : List.copyOf(lots);
        dce = dce == null ? List.of() : List.copyOf(dce);
        questions = questions == null ? List.of() : List.copyOf(questions);
        awards = awards == null ? List.of() : List.copyOf(awards);
    }

    /** Whether companies may still deposit a bid: the open ones come first in the search. */
    public boolean isOpen() {
        return OPEN.equals(state);
    }

    public String cpvDivision() {
        return Cpv.division(cpv);
    }

    public List<String> cpvPath() {
        return Cpv.path(cpv);
    }

    public record Buyer(String siren, String name) {

        public Buyer {
            Objects.requireNonNull(siren, "buyer.siren");
            Objects.requireNonNull(name, "buyer.name");
        }
    }

    /** @param estimatedAmount euros HT, null when the buyer gave none for the lot */
    public record Lot(int numero, String title, BigDecimal estimatedAmount) {

        public Lot {
            Objects.requireNonNull(title, "lot.title");
        }
    }

    /** @param typeCode the DECP's typeCode, e.g. {@code Code commune} */
    public record Place(String code, String typeCode) {

        public Place {
            Objects.requireNonNull(code, "placeOfExecution.code");
            Objects.requireNonNull(typeCode, "placeOfExecution.typeCode");
        }
    }

    /** A file of the DCE, downloadable from the marchés service. */
    public record DceFile(String sha256, String name, String mediaType, long size, Instant addedAt) {
    }

    /** An answered question, without the company that asked. */
    public record Question(String id, String question, Instant askedAt, String answer, Instant answeredAt) {
    }

    /**
     * Which lot went to which contract; holders and amounts are public with the contract's notification (its own
     * events), not in the consultation's.
     *
     * @param lot null for a consultation without lots
     */
    public record Award(String contractId, Integer lot) {
    }
}
